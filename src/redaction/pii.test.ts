/**
 * The personal-information warning over a whole binder: where it looks (public YAML strings and
 * MDX bodies outside redactions) and where it does not (`{ redact, value }`, `<Redact>`, people's
 * contact field, withheld entries, values the binder marks public), at the editor's line and
 * column, never with the value. Each case is the canary binder with a few files written for it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBinder } from './load.ts';
import { piiWarnings, positionAt } from './pii.ts';
import { parseYaml } from './yaml-source.ts';
import { tempDir } from '../../tests/temp.ts';

const fixture = path.resolve(import.meta.dirname, '../../tests/fixtures/canary/content');
const phone = '613-555-0142';
const note = (summary: string) =>
  ['title: { en: "Contacts", fr: "Contacts" }', 'kind: briefing-note', 'date: "2019-09-15"', `summary: ${summary}`, ''].join('\n');
const plainSummary = '{ en: "Whom to call.", fr: "Qui appeler." }';

/** Warnings for the canary binder with these files (path under content/ → text), as file:line:column. */
function warnings(files: Record<string, string>): string[] {
  const dir = tempDir('pii');
  fs.cpSync(fixture, dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  const loaded = loadBinder(dir);
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return piiWarnings(loaded).map((d) => {
    expect(`${d.message} ${d.hint ?? ''}`).not.toMatch(/555|0142|@example/);
    expect(d).toMatchObject({ rule: 'personal-information', severity: 'warning' });
    return `${path.relative(dir, path.resolve(d.file))}:${d.line}:${d.column} ${d.message}`;
  });
}
const bodies = (en: string, fr = en.replace('Call', 'Appeler')) => ({ 'notes/contacts.en.mdx': en, 'notes/contacts.fr.mdx': fr });

describe('MDX bodies', () => {
  it('warns at the line and column of a telephone number in public text, in each language', () => {
    const found = warnings({ 'notes/contacts.yaml': note(plainSummary), ...bodies(`Some prose.\n\nCall *her* at ${phone} today.\n`) });
    expect(found).toEqual([
      'notes/contacts.en.mdx:3:15 this looks like a telephone number, and the public edition would publish it',
      'notes/contacts.fr.mdx:3:18 this looks like a telephone number, and the public edition would publish it',
    ]);
  });

  it('warns in a body that is parsed (with components and links) as in plain prose', () => {
    const en = `<KeyMessages>\n\n- Write to [her](mailto:jane.doe@example.gc.ca).\n\n</KeyMessages>\n`;
    expect(warnings({ 'notes/contacts.yaml': note(plainSummary), ...bodies(en) })).toEqual([
      'notes/contacts.en.mdx:3:25 this looks like an e-mail address, and the public edition would publish it',
      'notes/contacts.fr.mdx:3:25 this looks like an e-mail address, and the public edition would publish it',
    ]);
  });

  it('does not warn inside a <Redact>, inline or as a block', () => {
    const en = `Call <Redact marker="atia-19-1">her at ${phone}</Redact>.\n\n<Redact marker="atia-19-1">\n\nHome: 42 Maple Street, Ottawa K1N 5T2\n\n</Redact>\n`;
    expect(warnings({ 'notes/contacts.yaml': note(plainSummary), ...bodies(en) })).toEqual([]);
  });
});

describe('YAML strings', () => {
  it('warns at the value inside a string, in a label of either language', () => {
    const summary = `{ en: "Call ${phone}.", fr: "Écrire à jane.doe@example.gc.ca." }`;
    expect(warnings({ 'notes/contacts.yaml': note(summary) })).toEqual([
      'notes/contacts.yaml:4:22 this looks like a telephone number, and the public edition would publish it',
      'notes/contacts.yaml:4:52 this looks like an e-mail address, and the public edition would publish it',
    ]);
  });

  it('does not warn inside { redact, value }', () => {
    const summary = `{ redact: atia-19-1, value: { en: "Call ${phone}.", fr: "Appeler ${phone}." } }`;
    expect(warnings({ 'notes/contacts.yaml': note(summary) })).toEqual([]);
  });

  it('does not look at a withheld entry', () => {
    const withheld = note(`{ en: "Call ${phone}.", fr: "Appeler ${phone}." }`) + 'classification: protected-b\n';
    expect(warnings({ 'notes/contacts.yaml': withheld })).toEqual([]);
  });

  it('does not warn in a person’s contact field, and does elsewhere in the person', () => {
    const person = [
      'summary: { en: "Our contact.", fr: "Notre contact." }',
      'titles: [{ title: { en: "Director", fr: "directrice" } }]',
      'contact:',
      `  - telephone: "${phone}"`,
      '  - email: jane.doe@example.gc.ca',
      '    public: true',
      'honorific: { en: "Ms. 613 555 0199", fr: "Mme" }',
      '',
    ].join('\n');
    expect(warnings({ 'people/jane.yaml': person })).toEqual([
      'people/jane.yaml:7:23 this looks like a telephone number, and the public edition would publish it',
    ]);
  });
});

describe('data files without pages (statistics, legislation)', () => {
  it('are looked at like entries, outside { redact, value }', () => {
    const loaded = loadBinder(fixture);
    const text = `title: { en: "Act", fr: "Loi" }\nnote: { en: "Ask ${phone}.", fr: "Demander." }\nsource: { redact: atia-19-1, value: "${phone}" }\n`;
    const { yaml } = parseYaml({ file: 'content/legislation/act.yaml', rel: 'legislation/act.yaml', text });
    const withData = Object.assign(loaded, { data: { legislation: new Map([['act', { yaml: yaml!, data: {} }]]) } });
    expect(piiWarnings(withData).map((d) => `${d.file}:${d.line}:${d.column}`)).toEqual(['content/legislation/act.yaml:2:18']);
  });
});

describe('values marked public in binder.yaml', () => {
  const binder = fs.readFileSync(path.join(fixture, 'binder.yaml'), 'utf8');
  const marked = `${binder}pii:\n  public: ["1-888-242-2100", "Media@Example.gc.ca"]\n`;

  it('are not reported, however they are spaced or cased; another value in the same text is', () => {
    const summary = `{ en: "Call 1 888 242-2100 or media@example.gc.ca, not ${phone}.", fr: "Appeler (888) 242-2100." }`;
    expect(warnings({ 'binder.yaml': marked, 'notes/contacts.yaml': note(summary) })).toEqual([
      'notes/contacts.yaml:4:65 this looks like a telephone number, and the public edition would publish it',
    ]);
  });

  it('are reported when the list does not name them', () => {
    const summary = '{ en: "Call 1 888 242-2100.", fr: "Appeler le 1 888 242-2100." }';
    expect(warnings({ 'notes/contacts.yaml': note(summary) })).toHaveLength(2);
  });
});

describe('positionAt', () => {
  it('maps an offset to a 1-based line and column', () => {
    const starts = [0, 5, 6, 20];
    expect(positionAt(starts, 0)).toEqual({ line: 1, column: 1 });
    expect(positionAt(starts, 4)).toEqual({ line: 1, column: 5 });
    expect(positionAt(starts, 5)).toEqual({ line: 2, column: 1 });
    expect(positionAt(starts, 25)).toEqual({ line: 4, column: 6 });
  });
});
