/**
 * The rules the redact pass applies to an MDX body, one at a time, on analyseMdx directly: content
 * holds no code (in text or in attributes), a parse error is reported at the tag at fault, images
 * and links written by reference are resolved like inline ones, and an error about something
 * inside a redacted passage never quotes it.
 */
import { describe, expect, it } from 'vitest';
import { analyseMdx, type KnownIds } from './mdx-source.ts';
import { rewriteBody } from './rewrite-body.ts';
import { withoutTagNames } from './mdx-syntax-error.ts';

const known: KnownIds = {
  markers: new Set(['atia-15-1', 'atia-21-1-a']),
  entries: new Set(['forums/igc', 'notes/secretplan', 'stakeholders/iom']),
  publicEntries: new Set(['forums/igc', 'stakeholders/iom']),
};
const source = (text: string) => ({ file: 'content/forums/igc.en.mdx', rel: 'forums/igc.en.mdx', text });
const analyse = (text: string, ids: KnownIds = known) => analyseMdx(source(text), ids);
const problems = (text: string, ids: KnownIds = known) => analyse(text, ids).diagnostics;
const publicCopy = (text: string) =>
  rewriteBody(text, analyse(text).facts!, { isPublic: true, lang: 'en', refMarkers: () => undefined }).text;

describe('attributes are text, never code', () => {
  it.each([
    ['an HTML element reading the environment', 'Text <span data-x={process.env.SOME_TOKEN}>here</span>.', 1, 12],
    ['a component reading a file', '<KeyMessages title={require("fs").readFileSync("/etc/passwd", "utf8")}>\n\nx\n\n</KeyMessages>', 1, 14],
    ['a dynamic import on a second line', 'Intro.\n\nSee <a href="/x" title={import("node:fs")}>this</a>.', 3, 18],
    ['a spread on a Ref', 'See <Ref to="forums/igc" {...props} />.', 1, 26],
    ['an expression as the marker', '<Redact marker={"atia-15-1"}>x</Redact>', 1, 9],
  ])('refuses %s, at the attribute', (_name, text, line, column) => {
    const [d, ...rest] = problems(text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'mdx-attribute-code', line, column, severity: 'error' });
    expect(d!.hint).toMatch(/="…"/);
  });

  it('names the attribute in the hint outside a redaction, and not inside one', () => {
    expect(problems('a <span data-x={1}>b</span>')[0]!.hint).toBe('write the value as text in quotes: data-x="…"');
    const inside = problems('<Redact marker="atia-15-1">a <span data-canaryattr={1}>b</span></Redact>');
    expect(inside).toHaveLength(1);
    expect(JSON.stringify(inside)).not.toMatch(/canaryattr/);
  });

  it('accepts string and bare boolean attributes, and {/* comments */}', () => {
    expect(problems('A <abbr title="International Organization for Migration">IOM</abbr> <span hidden>x</span> {/* a note */}')).toEqual(
      [],
    );
  });

  it('still refuses expressions in text and imports', () => {
    expect(problems('The {process.env.X} value.')[0]).toMatchObject({ rule: 'mdx-no-code', line: 1, column: 5 });
    expect(problems('import fs from "node:fs"\n\nText.')[0]).toMatchObject({ rule: 'mdx-no-code', line: 1 });
  });
});

describe('a body MDX cannot read', () => {
  it('is reported at the unclosed tag, not at the start of its paragraph', () => {
    const [d] = problems('## About\n\nThe forum meets twice. <Redact marker="atia-15-1">The real agenda.\n');
    expect(d).toMatchObject({ rule: 'mdx-syntax', line: 3, column: 24 });
  });

  it('is reported at the stray closing tag', () => {
    expect(problems('<a>\n\nx</b>')[0]).toMatchObject({ rule: 'mdx-syntax', line: 3, column: 2 });
  });

  it('is reported inside a broken expression', () => {
    expect(problems('The forum meets {1 +} times.')[0]).toMatchObject({ rule: 'mdx-syntax', line: 1, column: 21 });
  });

  it('does not quote a tag name that may be part of a redacted passage', () => {
    const [d] = problems('<Redact marker="atia-15-1">The <Canarysecretname>plan</Redact>');
    expect(d!.rule).toBe('mdx-syntax');
    expect(d!.message).not.toMatch(/Canarysecretname/);
    expect(withoutTagNames('Expected a closing tag for `<Redact>` (1:1-1:5), not `</span>` or `<Codename>`')).toBe(
      'Expected a closing tag for `<Redact>` (1:1-1:5), not `</span>` or `<…>`',
    );
  });
});

describe('literal markers', () => {
  it('marks every one of identical markers in a paragraph, each at its own place', () => {
    const text = 'A [REDACTED] b [REDACTED] c [REDACTED].';
    const { literals } = analyse(text).facts!;
    expect(literals.map((l) => text.slice(l.start, l.end))).toEqual(['[REDACTED]', '[REDACTED]', '[REDACTED]']);
    expect(new Set(literals.map((l) => l.start)).size).toBe(3);
    expect(publicCopy(text)).not.toContain('[REDACTED]');
  });
});

describe('images and links written by reference', () => {
  const body = [
    'A chart ![Arrivals][chart], and [a page][site].', // 1
    '', // 2
    '<Redact marker="atia-15-1">', // 3
    '', // 4
    'The ![plan][plan] and [the intranet][intranet].', // 5
    '', // 6
    '</Redact>', // 7
    '', // 8
    '[chart]: ./chart.png', // 9
    '[plan]: ./canary-plan.png', // 10
    '[intranet]: https://intranet.example/canarypath', // 11
    '[site]: https://example.org/', // 12
  ].join('\n');

  it('collects an image used by reference at its definition, inside a redaction when all its uses are', () => {
    expect(analyse(body).facts!.images).toEqual([
      { url: './chart.png', insideRedaction: false, line: 9, column: 1 },
      { url: './canary-plan.png', insideRedaction: true, line: 10, column: 1 },
    ]);
  });

  it('leaves out of the public copy the definitions only redacted passages use, keeping the line count', () => {
    const out = publicCopy(body);
    expect(out).not.toMatch(/canary/);
    expect(out).toContain('[chart]: ./chart.png');
    expect(out).toContain('[site]: https://example.org/');
    expect(out.split('\n')).toHaveLength(body.split('\n').length);
  });

  it('keeps a definition used both inside and outside a redaction', () => {
    const text = 'A [page][p].\n\n<Redact marker="atia-15-1">The [page][p].</Redact>\n\n[p]: https://example.org/p\n';
    expect(analyse(text).facts!.privateDefinitions).toEqual([]);
    expect(publicCopy(text)).toContain('[p]: https://example.org/p');
  });

  it('refuses a reference outside a redaction to a definition inside one', () => {
    const text = 'See [the plan][p].\n\n<Redact marker="atia-15-1">\n\n[p]: https://intranet.example/p\n\n</Redact>\n';
    const [d, ...rest] = problems(text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'definition-redacted', line: 1, column: 5 });
  });

  it('does not take GFM footnotes for references', () => {
    const text = 'A note.[^n]\n\n<Redact marker="atia-15-1">More.[^n]</Redact>\n\n[^n]: ./not-an-image.png\n';
    expect(problems(text)).toEqual([]);
    expect(analyse(text).facts!).toMatchObject({ images: [], privateDefinitions: [] });
  });
});

describe('inside a redacted passage, an error does not quote what is withheld', () => {
  const inRedaction = (inner: string) => `Intro.\n\n<Redact marker="atia-15-1">\n\n${inner}\n\n</Redact>\n`;

  it.each([
    ['an unknown component', '<Canarycomponent>x</Canarycomponent>', 'unknown-component', 'an unknown component inside a redacted passage'],
    [
      'a misspelled redaction element',
      '<Redacton>x</Redacton>',
      'redact-misspelled',
      'a misspelled redaction element inside a redacted passage: its text would be published',
    ],
    [
      'a Ref to no entry',
      'See <Ref to="notes/canaryplan" />.',
      'unknown-reference',
      'a <Ref> inside a redacted passage points to no entry',
    ],
    [
      'an unknown marker of a nested Redact',
      'A <Redact marker="canary-marker">x</Redact>.',
      'unknown-marker',
      'a <Redact> inside a redacted passage names an unknown marker',
    ],
  ])('%s', (_name, inner, rule, message) => {
    const [d, ...rest] = problems(inRedaction(inner));
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule, message, line: 5 });
    expect(JSON.stringify(d)).not.toMatch(/canary|Redacton/i);
  });

  it('keeps the naming messages and suggestions outside a redaction', () => {
    expect(problems('<Factz>x</Factz>')[0]).toMatchObject({ message: '<Factz> is not a Binder component', hint: 'did you mean <Facts>?' });
    expect(problems('<Redacted marker="atia-15-1">x</Redacted>')[0]!.message).toBe(
      '<Redacted> is not the redaction element: its text would be published',
    );
  });
});

describe('"did you mean" for a Ref', () => {
  it('never suggests an entry withheld from the public edition', () => {
    expect(problems('See <Ref to="notes/secretplam" />.')[0]).toMatchObject({
      rule: 'unknown-reference',
      hint: 'write collection/id, e.g. forums/igc',
    });
    expect(problems('See <Ref to="forums/icg" />.')[0]!.hint).toBe('did you mean "forums/igc"?');
  });

  it('draws on every entry when the public ones are not known', () => {
    expect(problems('See <Ref to="notes/secretplam" />.', { markers: known.markers, entries: known.entries })[0]!.hint).toBe(
      'did you mean "notes/secretplan"?',
    );
  });

  it('accepts a Ref to a withheld entry: it renders as a marker', () => {
    expect(problems('See <Ref to="notes/secretplan" />.')).toEqual([]);
  });
});

describe('links by URL to a withheld entry page', () => {
  it.each([
    ['a markdown link', 'See [the plan](/en/notes/secretplan/).', 1, 5],
    ['a relative link in French', 'Voir [le plan](../../notes/secretplan/).', 1, 6],
    ['an absolute link under a base path', 'See [it](https://binder.example/base/fr/notes/secretplan#top).', 1, 5],
    ['an <a href>', 'See <a href="/en/notes/secretplan/">the plan</a>.', 1, 5],
    ['a definition', 'See [the plan][p].\n\n[p]: /en/notes/secretplan/', 3, 1],
  ])('refuses %s, without naming the entry', (_name, text, line, column) => {
    const [d, ...rest] = problems(text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'link-to-withheld', line, column });
    expect(JSON.stringify(d)).not.toMatch(/secretplan/);
    expect(d!.hint).toMatch(/<Ref to=/);
  });

  it('accepts links to public entries, links inside a redaction, and other sites', () => {
    const text =
      'See [IGC](/en/forums/igc/), [IOM](/fr/organisations/iom/), <Redact marker="atia-15-1">[the plan](/en/notes/secretplan/)</Redact> and [x](https://example.org/secretplan).';
    expect(problems(text)).toEqual([]);
  });

  it('is not checked when the public entries are not known', () => {
    expect(problems('See [the plan](/en/notes/secretplan/).', { markers: known.markers, entries: known.entries })).toEqual([]);
  });
});

describe('the rules together', () => {
  it('report top to bottom, whichever rule found the problem', () => {
    const text = 'See [the plan](/en/notes/secretplan/).\n\n<Factz>x</Factz>\n\nThe {process.env.X} value.\n';
    expect(problems(text).map((d) => [d.rule, d.line])).toEqual([
      ['link-to-withheld', 1],
      ['unknown-component', 3],
      ['mdx-no-code', 5],
    ]);
  });

  it('keep passages and literal markers in document order, nested passages included', () => {
    const text =
      '[REDACTED] then <Redact marker="atia-15-1">a <Redact marker="atia-21-1-a">b</Redact></Redact>, [ * ] and <Redact marker="atia-21-1-a">c</Redact>.';
    expect(analyse(text).facts!.markerSequence).toEqual(['unspecified', 'atia-15-1', 'atia-21-1-a', 'unspecified', 'atia-21-1-a']);
  });

  it('look at nothing inside a refused element', () => {
    const text = '<Redact marker="atia-99">a <Factz>b</Factz> [REDACTED] ![x](./missing.png)</Redact>';
    const { facts, diagnostics } = analyse(text);
    expect(diagnostics.map((d) => d.rule)).toEqual(['unknown-marker']);
    expect(facts).toMatchObject({ spans: [], literals: [], images: [], markerSequence: [] });
  });
});
