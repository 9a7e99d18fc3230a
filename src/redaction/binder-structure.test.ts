/**
 * The binder's parts and its own notice, checked on a copy of the canary binder: an unknown note
 * (with a "did you mean" from public ids only), a note listed twice (unnamed), a notice that would
 * count a redaction when pasted; withheld notes left out of the public copy's parts; and a pasted
 * source notice kept as text, counting no redaction.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBinder } from './load.ts';
import { redactBinder } from './redact.ts';
import { forLog } from '../diagnostics/diagnostic.ts';
import { writeTree } from '../../tests/temp.ts';

const fixture = path.resolve(import.meta.dirname, '../../tests/fixtures/canary/content');
const binderYaml = fs.readFileSync(path.join(fixture, 'binder.yaml'), 'utf8');
const bodyOf = (lang: string) => fs.readFileSync(path.join(fixture, `notes/public-note.${lang}.mdx`), 'utf8');

const binderWith = (changes: Record<string, string>) => writeTree(changes, { name: 'parts', from: fixture });
const withParts = (parts: string) => binderYaml.replace(/^parts:[\s\S]*$/m, parts);
const problems = (changes: Record<string, string>) => loadBinder(binderWith(changes)).diagnostics;

describe('the parts of binder.yaml', () => {
  it('pass as the canary binder writes them', () => {
    expect(loadBinder(fixture).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('refuse a note that does not exist, at its line and column, suggesting a public note only', () => {
    const yaml = withParts('parts:\n  - id: one\n    title: { en: "One", fr: "Un" }\n    notes: [public-nte, canary-withheldd]\n');
    const found = problems({ 'binder.yaml': yaml }).filter((d) => d.rule === 'unknown-reference');
    const line = yaml.split('\n').findIndex((l) => l.includes('public-nte')) + 1;
    expect(found[0]).toMatchObject({
      line,
      column: 13,
      message: 'parts[0].notes[0]: there is no note "public-nte" (did you mean "public-note"?)',
    });
    expect(found[1]!.message).not.toMatch(/did you mean "canary-withheld"/);
  });

  it('refuse a note listed twice without naming it', () => {
    const yaml = withParts(
      'parts:\n  - id: one\n    title: { en: "One", fr: "Un" }\n    notes: [canary-withheld]\n  - id: two\n    title: { en: "Two", fr: "Deux" }\n    notes: [canary-withheld]\n',
    );
    const [d] = problems({ 'binder.yaml': yaml }).filter((d) => d.rule === 'note-listed-twice');
    expect(d).toMatchObject({ message: 'parts[1].notes[0]: this note is listed already, in the part "one"' });
    expect(JSON.stringify(forLog([d!], 'public'))).not.toContain('canary-withheld');
  });

  it('refuse two parts with one id', () => {
    const part = '  - id: one\n    title: { en: "One", fr: "Un" }\n    notes: []\n';
    const [d] = problems({ 'binder.yaml': withParts(`parts:\n${part}${part}`) }).filter((d) => d.rule === 'invalid-field');
    expect(d!.message).toContain('each part needs an id of its own');
  });

  it('leave a withheld note out of the public copy’s parts, and keep it in the internal one', () => {
    const parts = (edition: 'public' | 'internal') =>
      (JSON.parse(redactBinder(loadBinder(fixture), { edition }).files.get('binder.json') as string) as { parts: { notes: string[] }[] })
        .parts;
    expect(parts('public').map((p) => p.notes)).toEqual([['public-note'], []]);
    expect(parts('internal').map((p) => p.notes)).toEqual([['public-note'], ['canary-withheld']]);
  });
});

describe('the public marker', () => {
  it('refuses a marker text that is not a form pasted text is read in, with the accepted forms', () => {
    const yaml = `${binderYaml}publicMarker: { text: { en: "[withheld]", fr: "[ * ]" } }\n`;
    const [d] = problems({ 'binder.yaml': yaml }).filter((d) => d.rule === 'invalid-field');
    expect(d!.message).toContain('publicMarker.text.en');
    expect(d!.message).toContain('[REDACTED], [Redacted], [CAVIARDÉ], [Caviardé] or [ * ]');
  });

  it('refuses a notice whose marker would count as a redaction when pasted', () => {
    const notice = '{ en: "Text removed is shown as [ * ].", fr: "[ * ] indique un passage retiré." }';
    const found = problems({ 'binder.yaml': `${binderYaml}publicMarker: { text: { en: "[ * ]", fr: "[ * ]" }, notice: ${notice} }\n` });
    expect(found.filter((d) => d.rule === 'notice-unrecognised').map((d) => d.message)).toEqual([
      'publicMarker.notice.en: the marker in this notice is not followed by a verb Binder reads as a notice',
    ]);
  });
});

describe('a redaction notice pasted from a source', () => {
  const en =
    '[REDACTED] appears where sensitive information has been removed in accordance with the Access to Information Act and the Privacy Act.';
  const fr =
    'La mention [CAVIARDÉ] figure là où des renseignements de nature délicate ont été retirés conformément à la Loi sur l’accès à l’information et à la Loi sur la protection des renseignements personnels.';

  it('is kept as text with a warning, and counts no redaction in the register', () => {
    const counts = (dir: string) =>
      redactBinder(loadBinder(dir), { edition: 'public' }).register.rows.find((r) => r.id === 'public-note')?.counts;
    const dir = binderWith({
      'notes/public-note.en.mdx': `${en}\n\n${bodyOf('en')}`,
      'notes/public-note.fr.mdx': `${fr}\n\n${bodyOf('fr')}`,
    });
    const warnings = loadBinder(dir).diagnostics.filter((d) => d.rule === 'pasted-notice');
    expect(warnings.map((d) => [d.severity, d.line, d.column])).toEqual([
      ['warning', 1, 1],
      ['warning', 1, 1],
    ]);
    expect(loadBinder(dir).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(counts(dir)).toEqual(counts(fixture));
    const copy = redactBinder(loadBinder(dir), { edition: 'public' }).files.get('notes/public-note.en.mdx') as string;
    expect(copy.startsWith(en)).toBe(true);
  });
});
