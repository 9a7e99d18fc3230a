/**
 * Rules about MDX bodies: what MDX cannot read, and what the redact pass refuses (code, tags it
 * does not model, references it cannot resolve, images). Inside a redacted passage a tag, an
 * attribute, a marker or a URL is part of what is withheld: the call site leaves it out of the
 * parameters and the message words the problem without it.
 */
import { didYouMean, rule } from '../rule.ts';
import { provisionForms } from '../../schemas/legislation.ts';

export const mdxRules = {
  'mdx-syntax': rule<{ problem: string }>({
    title: 'MDX that cannot be read',
    why: 'The body is not valid MDX: often an unclosed tag (<Redact …> without </Redact>), or a { or < in prose that MDX reads as code.',
    fix: 'Close the tag, or write \\{ and \\< for a literal brace or angle bracket.',
    // The parser's own words, with unknown tag names already masked (mdx-syntax-error.ts).
    message: ({ problem }) => problem,
    hint: () => 'check that every tag is closed (<Redact …>…</Redact>) and that { and < in prose are escaped as \\{ and \\<',
    examples: [{ problem: 'Expected a closing tag for `<Redact>` (3:24-3:51) before the end of `paragraph`' }],
  }),
  'mdx-no-code': rule<{ code: 'esm' | 'expression' }>({
    title: 'Code in a content file',
    why: 'Content files hold prose and Binder’s components only; imports and {expressions} could read or publish anything, and bypass the redaction checks.',
    fix: 'Remove the code; use the components Binder provides. {/* … */} is allowed as a comment.',
    message: ({ code }) =>
      code === 'esm' ? 'content files cannot import or export code' : 'content files cannot contain code expressions in { }',
    hint: ({ code }) =>
      code === 'esm'
        ? 'Binder provides <Redact>, <Ref> and the briefing components without imports'
        : 'write \\{ for a literal brace; {/* … */} is a comment',
    examples: [{ code: 'esm' }, { code: 'expression' }],
  }),
  'mdx-attribute-code': rule<{ code: 'spread' } | { code: 'value'; name?: string | undefined }>({
    title: 'Code in an attribute',
    why: 'Attribute values in content are text: a value in { } (a={…}) or a spread ({...x}) is code that MDX runs when the page renders. It could read the build’s environment or a file and publish it, past the redaction checks. This holds for Binder’s components and for HTML elements alike.',
    fix: 'Write the value as text in quotes (a="…"), or leave the attribute bare for yes (<Redacted block />).',
    message: (p) =>
      p.code === 'spread'
        ? 'attributes cannot spread code: {…} in a tag is not allowed in content'
        : 'an attribute value cannot be code: {…} is not allowed in content',
    hint: (p) =>
      p.code === 'spread' ? 'write each attribute as text: name="…"' : `write the value as text in quotes: ${p.name ?? 'name'}="…"`,
    examples: [{ code: 'value', name: 'data-x' }, { code: 'value' }, { code: 'spread' }],
  }),
  'mdx-fragment': rule({
    title: 'An empty tag',
    why: 'Empty tags <>…</> have no meaning in a binder.',
    fix: 'Remove the tags.',
    message: () => 'empty tags <>…</> are not allowed in content',
    examples: [{}],
  }),
  'redact-misspelled': rule<{ tag?: string | undefined }>({
    title: 'A misspelled redaction element',
    why: 'MDX renders a tag like <redact> or <Redacted> as a plain HTML element with the text inside: the passage would be published.',
    fix: 'Write <Redact marker="…">…</Redact>, with a capital R.',
    message: ({ tag }) =>
      tag === undefined
        ? 'a misspelled redaction element inside a redacted passage: its text would be published'
        : `<${tag}> is not the redaction element: its text would be published`,
    hint: () => 'write <Redact marker="…">…</Redact>, with a capital R',
    examples: [{ tag: 'redact' }, {}],
  }),
  'unknown-component': rule<{ name?: string | undefined; suggestion?: string | undefined; available: readonly string[] }>({
    title: 'An unknown component',
    why: 'Only Binder’s components can be used in bodies: Redact, Ref, KeyMessages, IfPressed, Facts, Background, NextSteps.',
    fix: 'Use one of those components (the hint suggests the closest).',
    message: ({ name }) => (name === undefined ? 'an unknown component inside a redacted passage' : `<${name}> is not a Binder component`),
    hint: ({ suggestion, available }) => (suggestion ? `did you mean <${suggestion}>?` : `available: ${available.join(', ')}`),
    examples: [{ name: 'Factz', suggestion: 'Facts', available: ['Facts', 'Ref'] }, { available: ['Facts', 'Ref'] }],
  }),
  'redact-attribute': rule({
    title: 'A <Redact> with other attributes',
    why: '<Redact> takes exactly one attribute, marker.',
    fix: 'Write <Redact marker="atia-15-1">…</Redact>.',
    message: () => '<Redact> takes one attribute, marker="…"',
    examples: [{}],
  }),
  'redact-no-marker': rule<{ empty: boolean }>({
    title: 'A <Redact> without a marker',
    why: 'Every redaction must cite its legal basis, shown to readers of the public edition.',
    fix: 'Add marker="…" with a marker id from content/redaction-markers/.',
    message: ({ empty }) => (empty ? '<Redact> has an empty marker attribute' : '<Redact> needs a marker: <Redact marker="atia-15-1">'),
    hint: ({ empty }) => (empty ? 'name the legal basis: marker="atia-15-1"' : 'markers are listed in content/redaction-markers/'),
    examples: [{ empty: false }, { empty: true }],
  }),
  'ifpressed-no-question': rule<{ empty: boolean }>({
    title: 'An <IfPressed> without its question',
    why: 'An <IfPressed> answer is drawn under its question, as its heading: without one the page would show an empty heading, which screen readers announce as a heading with no name, and the On this page list a blank line.',
    fix: 'Write the question the minister may be pressed on, as briefing notes word it: <IfPressed question="If pressed on the timeline">.',
    message: ({ empty }) => (empty ? '<IfPressed> has an empty question' : '<IfPressed> needs its question'),
    hint: () => 'write <IfPressed question="If pressed on …"> (in French, question="Si l’on insiste sur …")',
    examples: [{ empty: false }, { empty: true }],
  }),
  'body-h1': rule<{ html: boolean }>({
    title: 'A top-level heading in a body',
    why: 'The entry’s name is the page’s one top-level heading (its h1). A `# Heading` (or an <h1>, or a heading underlined with ===) in a body would give the page a second one, which breaks the outline that screen readers and the On this page list follow.',
    fix: 'Start body headings at ## (and ### under them).',
    message: ({ html }) =>
      html
        ? 'an <h1> in a body: the page title is the page’s only h1'
        : 'a level-1 heading in a body: the page title is the page’s only h1',
    hint: () => 'start body headings at ## (the page title is the h1)',
    examples: [{ html: false }, { html: true }],
  }),
  'redact-empty': rule({
    title: 'An empty <Redact>',
    why: 'The element wraps nothing, so nothing would be withheld, yet a marker would be shown.',
    fix: 'Put the withheld passage inside the element, or remove it.',
    message: () => '<Redact> wraps nothing',
    hint: () => 'put the withheld passage between <Redact …> and </Redact>, or remove the element',
    examples: [{}],
  }),
  'definition-redacted': rule({
    title: 'A reference to a definition inside a redaction',
    why: 'A reference-style link or image ([text][label], ![alt][label]) outside a <Redact> uses a definition ([label]: …) written inside one. The public edition leaves the definition out with the passage, so the reference would show as bracketed text.',
    fix: 'Move the definition out of the <Redact>, or move the reference into it.',
    message: () =>
      'this reference uses a definition ([label]: …) that is inside a redacted passage: the public edition would show it as bracketed text',
    hint: () => 'move the definition out of the <Redact>, or the reference into it',
    examples: [{}],
  }),
  'link-to-withheld': rule({
    title: 'A link to a withheld entry’s page',
    why: 'A link by URL (a markdown link, a definition or <a href>) leads to the page of an entry withheld from the public edition: that page does not exist there, and the URL names the entry. The message does not repeat the URL, so that logs stay publishable.',
    fix: 'Link with <Ref to="collection/id" />: it links in the internal edition and shows a redaction marker in the public one. Or put the link inside the <Redact> passage it belongs to.',
    message: () => 'this link leads to the page of an entry withheld from the public edition',
    hint: () => 'link with <Ref to="collection/id" />, which shows a redaction marker for a withheld entry',
    examples: [{}],
  }),
  'ref-no-target': rule({
    title: 'A <Ref> without a target',
    why: '<Ref> links to another entry, named by collection and id.',
    fix: 'Write <Ref to="stakeholders/iom" />.',
    message: () => '<Ref> needs a target: <Ref to="stakeholders/iom" />',
    examples: [{}],
  }),
  'image-missing': rule<{ url?: string | undefined; suggestion?: string | undefined }>({
    title: 'An image that does not exist',
    why: 'The body shows an image whose file is not in content/.',
    fix: 'Correct the path (relative to the body), or add the image next to the body.',
    message: ({ url }) => `${url === undefined ? 'an image inside a redacted passage' : `the image ${url}`} does not exist`,
    hint: ({ suggestion }) => (suggestion ? `did you mean ./${suggestion}?` : undefined),
    examples: [{ url: './map.png', suggestion: 'maps.png' }, {}],
  }),
  'image-invalid': rule<{ url?: string | undefined; format: string }>({
    title: 'An image file that is not an image',
    why: 'The file’s contents do not match its extension, so it cannot be processed.',
    fix: 'Export the image again from its original.',
    message: ({ url, format }) =>
      `${url === undefined ? 'an image inside a redacted passage' : `the image ${url}`} is not a valid ${format} file`,
    hint: () => 'export the image again from its original',
    examples: [{ url: './map.png', format: 'PNG' }, { format: 'JPG' }],
  }),
  'pasted-notice': rule({
    title: 'A redaction notice pasted from a source',
    why: 'Released documents open with a notice such as "[REDACTED] appears where sensitive information has been removed…". Its marker is a word of the sentence, not a redaction, so Binder keeps the sentence as text and counts no redaction; the public edition prints its own notice on every page with redactions, so the pasted one repeats it.',
    fix: 'Delete the pasted sentence.',
    message: () => 'this sentence is a redaction notice pasted from the source: it is kept as text and counts no redaction',
    hint: () => 'delete it: each page with redactions opens with the binder’s own notice',
    examples: [{}],
    severity: 'warning',
  }),
  'stat-attribute': rule<{ problem: 'attribute' | 'children' }>({
    title: 'A <Stat> not written as Binder reads it',
    why: 'A statistic is written once, in content/statistics/<id>.yaml, with its number, unit, source and as-of period; <Stat> shows it by id, in the page’s language. Other attributes or text inside it would go unread.',
    fix: 'Write <Stat id="…" />, with the statistic’s file name as its id.',
    message: ({ problem }) =>
      problem === 'children' ? '<Stat> has no content: write it as <Stat id="…" />' : '<Stat> takes one attribute, id="…"',
    hint: () =>
      'write <Stat id="visa-application-centres" />; the number, source and date go in content/statistics/visa-application-centres.yaml',
    examples: [{ problem: 'attribute' }, { problem: 'children' }],
  }),
  'unknown-statistic': rule<{ id?: string | undefined; suggestion?: string | undefined }>({
    title: 'A <Stat> naming no statistic',
    why: '<Stat id="…"> shows a statistic of content/statistics/; an id with no file there would show nothing.',
    fix: 'Correct the id, or add content/statistics/<id>.yaml.',
    message: ({ id }) =>
      id === undefined
        ? 'a <Stat> inside a redacted passage names no statistic of content/statistics/'
        : `no statistic "${id}" in content/statistics/`,
    hint: ({ suggestion }) =>
      suggestion ? didYouMean(suggestion) : 'write <Stat id="…" /> with the name of a file in content/statistics/',
    examples: [{ id: 'visa-centers', suggestion: 'visa-centres' }, { id: 'refugees' }, {}],
  }),
  'cite-attribute': rule<{ problem: 'no-act' | 'attribute' | 'children' }>({
    title: 'A <Cite> not written as Binder reads it',
    why: '<Cite> cites an act, regulation, convention or agreement of content/legislation/ by id, with an optional provision, and renders the citation in the page’s language.',
    fix: 'Write <Cite act="irpa" /> or <Cite act="irpa" section="3(3)(a)" />.',
    message: ({ problem }) =>
      problem === 'no-act'
        ? '<Cite> needs the act it cites: act="…"'
        : problem === 'children'
          ? '<Cite> has no content: write it as <Cite act="…" section="…" />'
          : '<Cite> takes act="…" and, optionally, section="…"',
    hint: () => 'write <Cite act="irpa" section="3(3)(a)" />',
    examples: [{ problem: 'no-act' }, { problem: 'attribute' }, { problem: 'children' }],
  }),
  'unknown-act': rule<{ act?: string | undefined; suggestion?: string | undefined }>({
    title: 'A <Cite> naming no act',
    why: '<Cite act="…"> cites an entry of content/legislation/; an id with no file there has no name or citation to show.',
    fix: 'Correct the id, or add content/legislation/<id>.yaml.',
    message: ({ act }) =>
      act === undefined
        ? 'a <Cite> inside a redacted passage names no act of content/legislation/'
        : `no act "${act}" in content/legislation/`,
    hint: ({ suggestion }) =>
      suggestion ? didYouMean(suggestion) : 'write <Cite act="…" /> with the name of a file in content/legislation/',
    examples: [{ act: 'irap', suggestion: 'irpa' }, { act: 'charter' }, {}],
  }),
  'cite-bad-section': rule<{ section?: string | undefined }>({
    title: 'A provision that is not numbered as legislation numbers it',
    why: 'Binder renders a provision in each language after Justice Canada’s conventions (s. 3(3)(a) / al. 3(3)a)), so it must read the section, subsection, paragraph, subparagraph and clause from what is written.',
    fix: 'Write the provision as the act numbers it, without "s." or spaces.',
    message: ({ section }) =>
      section === undefined
        ? 'a <Cite> inside a redacted passage has a section that is not a provision'
        : `section="${section}" is not a provision`,
    hint: () => `write section="3(3)(a)": a section, subsection, paragraph, subparagraph and clause, as in ${provisionForms}`,
    examples: [{ section: 's. 3(3)' }, {}],
  }),
  'person-attribute': rule<{ problem: 'no-id' | 'attribute' | 'children' }>({
    title: 'A <Person> not written as Binder reads it',
    why: '<Person> names a person or position of content/people/ by id and renders their name (or the position) and title in force in the page’s language.',
    fix: 'Write <Person id="dg-international-intergovernmental" />, or <Person id="…" title="false" /> for the name alone.',
    message: ({ problem }) =>
      problem === 'no-id'
        ? '<Person> needs the person it names: id="…"'
        : problem === 'children'
          ? '<Person> has no content: write it as <Person id="…" />'
          : '<Person> takes id="…" and, optionally, title="false"',
    hint: () => 'write <Person id="…" /> with the name of a file in content/people/, or add title="false" for the name alone',
    examples: [{ problem: 'no-id' }, { problem: 'attribute' }, { problem: 'children' }],
  }),
  'unknown-person': rule<{ id?: string | undefined; suggestion?: string | undefined }>({
    title: 'A <Person> naming no one',
    why: '<Person id="…"> names an entry of content/people/; an id with no file there has no name or title to show.',
    fix: 'Correct the id, or add content/people/<id>.yaml.',
    message: ({ id }) =>
      id === undefined ? 'a <Person> inside a redacted passage names no one in content/people/' : `no person "${id}" in content/people/`,
    hint: ({ suggestion }) => (suggestion ? didYouMean(suggestion) : 'write <Person id="…" /> with the name of a file in content/people/'),
    examples: [{ id: 'dg-iir', suggestion: 'dg-international-intergovernmental' }, { id: 'minister' }, {}],
  }),
};
