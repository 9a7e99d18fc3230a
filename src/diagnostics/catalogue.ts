/**
 * The catalogue of problems Binder reports in an editor's sources, after Astro's error catalogue:
 * each has a permanent name (the rule id printed with every diagnostic), a short title, what
 * happened and why it matters, and what to do. `npm run check`, `npm run build` and the dev
 * server all report through it, and the editors' guide lists it (src/guides/editors.md, generated).
 * Diagnostics can only name a rule of this table: the type system makes sure of it.
 */
export interface CatalogueEntry {
  /** A few words, as a heading. */
  title: string;
  /** What happened, and why Binder refuses it. */
  why: string;
  /** What to do about it. */
  fix: string;
}

export const errorCatalogue = {
  'content-missing': {
    title: 'No content folder',
    why: 'Binder builds the binder in content/ (or the folder named by BINDER_CONTENT), and there is none.',
    fix: 'Run Binder from the project folder, or set BINDER_CONTENT to the folder that holds binder.yaml.',
  },
  'binder-missing': {
    title: 'No binder.yaml',
    why: 'content/binder.yaml names the binder, the department, the minister and the as-of date that every page shows.',
    fix: 'Create content/binder.yaml (see the demo binder for an example).',
  },
  'unknown-file': {
    title: 'A file Binder does not read',
    why: 'content/ holds .yaml data, .mdx bodies and images; anything else would be silently ignored, or published by mistake.',
    fix: 'Move the file out of content/, or convert it (a Word document becomes an .mdx body).',
  },
  'binary-file': {
    title: 'A binary file where text was expected',
    why: 'The file has a .yaml or .mdx name but holds binary data, so it cannot be read as text.',
    fix: 'Replace it with the text file it should be.',
  },
  'not-utf8': {
    title: 'Not UTF-8 text',
    why: 'Binder reads sources as UTF-8; this file uses another encoding (often Windows-1252 from an older editor), so accented letters would be garbled.',
    fix: 'Save the file as UTF-8 in your editor ("Save with encoding" → UTF-8).',
  },
  'empty-file': {
    title: 'An empty file',
    why: 'An empty data file defines no entry, so every field the entry needs is missing.',
    fix: 'Fill in the fields (`npm run new` writes a template), or delete the file.',
  },
  'yaml-syntax': {
    title: 'YAML that cannot be read',
    why: 'The data file is not valid YAML: often an unclosed bracket or quote, a tab used for indenting, or a colon followed by a space inside unquoted text.',
    fix: 'Fix the line shown; put text that contains ": " in double quotes.',
  },
  'duplicate-key': {
    title: 'A field written twice',
    why: 'The same field appears twice in one mapping; YAML would silently keep only one of the two values.',
    fix: 'Keep one of the two lines.',
  },
  'yaml-not-mapping': {
    title: 'A data file that is not a list of fields',
    why: 'An entry is a mapping of fields (`name: …` lines); this file is a list or a single value.',
    fix: 'Write the entry as `field: value` lines.',
  },
  'unknown-location': {
    title: 'A file in the wrong place',
    why: 'Binder reads content/binder.yaml, content/glossary.yaml and files one level down in a collection folder; files deeper down, or with a language in a data file name, would be ignored.',
    fix: 'Move or rename the file as the hint says.',
  },
  'unknown-collection': {
    title: 'An unknown collection folder',
    why: 'The folder is not one of the collections (forums, stakeholders, funding-programs, notes, redaction-markers), so its files would be ignored.',
    fix: 'Move the files to the right collection folder.',
  },
  'bad-id': {
    title: 'A file name that cannot be an id',
    why: 'The file name is the entry id and its URL: lower case letters, digits and hyphens keep URLs stable and readable in both languages.',
    fix: 'Rename the file as the hint says, and update references to it.',
  },
  'md-not-mdx': {
    title: 'A .md body',
    why: 'Bodies are MDX, so they can use <Redact> and the briefing components.',
    fix: 'Rename the file to .mdx.',
  },
  'body-language': {
    title: 'A body without a language',
    why: 'Each entry has one body per language, named <id>.en.mdx and <id>.fr.mdx.',
    fix: 'Rename the file to <id>.en.mdx or <id>.fr.mdx.',
  },
  'body-without-data': {
    title: 'A body without its data file',
    why: 'Every entry has a .yaml file with its title and facts; a body alone has no page to go on.',
    fix: 'Create the .yaml file, or delete the body.',
  },
  'duplicate-id': {
    title: 'Two files for one entry',
    why: 'Two data files (for example igc.yaml and igc.yml) define the same entry.',
    fix: 'Keep one of them.',
  },
  'invalid-field': {
    title: 'A field that does not match its type',
    why: 'A value is missing, of the wrong kind (text where a number is expected), not one of the allowed values, an impossible date, or a field the collection does not have.',
    fix: 'Correct the field shown; the editors’ guide lists every field of every collection.',
  },
  'unknown-reference': {
    title: 'A reference to an entry that does not exist',
    why: 'References are checked so that no link leads nowhere and relations show both ways.',
    fix: 'Use the id (file name) of an existing entry; the hint suggests the closest one.',
  },
  'unknown-marker': {
    title: 'An unknown redaction marker',
    why: 'Every redaction cites a legal basis from content/redaction-markers/; an unknown one could not be labelled, and might be a typo for another basis.',
    fix: 'Use a marker id of the registry (the hint suggests the closest), or add the marker to the registry.',
  },
  'missing-translation': {
    title: 'A page in one language only',
    why: 'Federal binders are published in English and French of equal quality; a page must never fall back to the other language. (In `npm run dev` this is a warning, so you can draft one language first.)',
    fix: 'Create the twin file named in the message and translate the body.',
  },
  'tag-in-yaml': {
    title: 'A tag in a YAML value',
    why: 'YAML values are plain text: a <Redact> (or any other tag) written in a data file is not read as an element, so it would withhold nothing and publish the text meant to be hidden.',
    fix: 'To withhold a value write `{ redact: <marker>, value: … }`; to write a literal < followed by a letter, put a space after it.',
  },
  'twin-passage-unredacted': {
    title: 'A passage redacted in one language is public in the other',
    why: 'The English and French bodies are published side by side: a passage (a name, a number, an amount) withheld in one and written out in the other is published all the same. Binder compares each redacted passage with the other body’s public text, ignoring case and punctuation, on whole words; passages with no number and no word of four letters or more, and passages the same body also shows publicly, are not compared.',
    fix: 'Redact the passage in the body named by the message too, with the same marker, or reword it so that it no longer gives the withheld text away.',
  },
  'translation-redactions-differ': {
    title: 'The two languages redact differently',
    why: 'The English and French bodies must withhold the same passages, with the same markers, in the same order; otherwise one language could publish what the other withholds.',
    fix: 'Make the <Redact> elements of the two files match.',
  },
  'mdx-syntax': {
    title: 'MDX that cannot be read',
    why: 'The body is not valid MDX: often an unclosed tag (<Redact …> without </Redact>), or a { or < in prose that MDX reads as code.',
    fix: 'Close the tag, or write \\{ and \\< for a literal brace or angle bracket.',
  },
  'mdx-no-code': {
    title: 'Code in a content file',
    why: 'Content files hold prose and Binder’s components only; imports and {expressions} could read or publish anything, and bypass the redaction checks.',
    fix: 'Remove the code; use the components Binder provides. {/* … */} is allowed as a comment.',
  },
  'mdx-attribute-code': {
    title: 'Code in an attribute',
    why: 'Attribute values in content are text: a value in { } (a={…}) or a spread ({...x}) is code that MDX runs when the page renders. It could read the build’s environment or a file and publish it, past the redaction checks. This holds for Binder’s components and for HTML elements alike.',
    fix: 'Write the value as text in quotes (a="…"), or leave the attribute bare for yes (<Redacted block />).',
  },
  'mdx-fragment': {
    title: 'An empty tag',
    why: 'Empty tags <>…</> have no meaning in a binder.',
    fix: 'Remove the tags.',
  },
  'redact-misspelled': {
    title: 'A misspelled redaction element',
    why: 'MDX renders a tag like <redact> or <Redacted> as a plain HTML element with the text inside: the passage would be published.',
    fix: 'Write <Redact marker="…">…</Redact>, with a capital R.',
  },
  'unknown-component': {
    title: 'An unknown component',
    why: 'Only Binder’s components can be used in bodies: Redact, Ref, KeyMessages, IfPressed, Facts, Background, NextSteps.',
    fix: 'Use one of those components (the hint suggests the closest).',
  },
  'redact-attribute': {
    title: 'A <Redact> with other attributes',
    why: '<Redact> takes exactly one attribute, marker.',
    fix: 'Write <Redact marker="atia-15-1">…</Redact>.',
  },
  'redact-no-marker': {
    title: 'A <Redact> without a marker',
    why: 'Every redaction must cite its legal basis, shown to readers of the public edition.',
    fix: 'Add marker="…" with a marker id from content/redaction-markers/.',
  },
  'redact-empty': {
    title: 'An empty <Redact>',
    why: 'The element wraps nothing, so nothing would be withheld, yet a marker would be shown.',
    fix: 'Put the withheld passage inside the element, or remove it.',
  },
  'definition-redacted': {
    title: 'A reference to a definition inside a redaction',
    why: 'A reference-style link or image ([text][label], ![alt][label]) outside a <Redact> uses a definition ([label]: …) written inside one. The public edition leaves the definition out with the passage, so the reference would show as bracketed text.',
    fix: 'Move the definition out of the <Redact>, or move the reference into it.',
  },
  'link-to-withheld': {
    title: 'A link to a withheld entry’s page',
    why: 'A link by URL (a markdown link, a definition or <a href>) leads to the page of an entry withheld from the public edition: that page does not exist there, and the URL names the entry. The message does not repeat the URL, so that logs stay publishable.',
    fix: 'Link with <Ref to="collection/id" />: it links in the internal edition and shows a redaction marker in the public one. Or put the link inside the <Redact> passage it belongs to.',
  },
  'ref-no-target': {
    title: 'A <Ref> without a target',
    why: '<Ref> links to another entry, named by collection and id.',
    fix: 'Write <Ref to="stakeholders/iom" />.',
  },
  'image-missing': {
    title: 'An image that does not exist',
    why: 'The body shows an image whose file is not in content/.',
    fix: 'Correct the path (relative to the body), or add the image next to the body.',
  },
  'image-invalid': {
    title: 'An image file that is not an image',
    why: 'The file’s contents do not match its extension, so it cannot be processed.',
    fix: 'Export the image again from its original.',
  },
  'inferable-redaction': {
    title: 'A redacted amount the public amounts give away',
    why: 'The amount is redacted, but it is the one unknown term of a sum whose other terms are public: a program’s envelope and its allocations, its envelope and its recipients’ amounts, or its envelope and its sub-programs’ envelopes (same currency and period only). A reader adds up or subtracts the public amounts and finds it, or, when some are approximate, its order of magnitude. This is a warning; `npm run build -- --strict` makes it an error. Binder does not see totals written in prose, sums mixing currencies or periods, or programs withheld from the public edition.',
    fix: 'Redact at least one more of the amounts the message names (with two unknowns the sum cannot be solved), or publish the amount if it need not be withheld.',
  },
} as const satisfies Record<string, CatalogueEntry>;

export type RuleId = keyof typeof errorCatalogue;
