/**
 * The checker on a small valid binder with one file broken at a time: every editor mistake is
 * reported as a diagnostic naming the file, the line and column, a rule id and, where it helps,
 * a "did you mean". Nothing is thrown.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBinder } from './load.ts';
import { redactBinder } from './redact.ts';
import { forLog, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { tempDir } from '../../tests/temp.ts';

const fixture = path.resolve(import.meta.dirname, '../../tests/fixtures/canary/content');

/** A copy of the canary binder with some files replaced (or removed, with `null`). */
function binderWith(changes: Record<string, string | Buffer | null>): string {
  const dir = tempDir('load');
  fs.cpSync(fixture, dir, { recursive: true });
  for (const [file, contents] of Object.entries(changes)) {
    const target = path.join(dir, file);
    if (contents === null) fs.rmSync(target);
    else {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, contents);
    }
  }
  return dir;
}

function problems(changes: Record<string, string | Buffer | null>): Diagnostic[] {
  const dir = binderWith(changes);
  return loadBinder(dir).diagnostics.map((d) => ({ ...d, file: path.relative(dir, path.resolve(d.file)) }));
}

const forum = fs.readFileSync(path.join(fixture, 'forums/alpha.yaml'), 'utf8');
const body = fs.readFileSync(path.join(fixture, 'forums/alpha.en.mdx'), 'utf8');

describe('a valid binder', () => {
  it('has no problems', () => {
    expect(loadBinder(fixture).diagnostics).toEqual([]);
  });
  it('accepts CRLF line endings and a byte-order mark', () => {
    const crlf = `\uFEFF${forum.replace(/\n/g, '\r\n')}`;
    expect(problems({ 'forums/alpha.yaml': crlf, 'forums/alpha.en.mdx': `\uFEFF${body.replace(/\n/g, '\r\n')}` })).toEqual([]);
  });
});

describe('data files', () => {
  it('names the file and field of a reference to an entry that does not exist, with a suggestion', () => {
    const [d] = problems({ 'forums/alpha.yaml': forum.replace('members: [beta, gamma]', 'members: [beta, gama]') });
    expect(d).toMatchObject({ file: 'forums/alpha.yaml', line: 9, column: 17, rule: 'unknown-reference', severity: 'error' });
    expect(d!.message).toBe('members[1]: there is no organisation "gama" (did you mean "gamma"?)');
  });

  it('names the file and field of an amount without a currency', () => {
    const program = fs.readFileSync(path.join(fixture, 'funding-programs/delta.yaml'), 'utf8');
    const [d] = problems({
      'funding-programs/delta.yaml': program.replace(
        'envelope: { amount: 500000, currency: CAD, period: per-year }',
        'envelope: { amount: 500000, period: per-year }',
      ),
    });
    expect(d).toMatchObject({ file: 'funding-programs/delta.yaml', line: 4, rule: 'invalid-field' });
    expect(d!.message).toBe('envelope.currency: is required (one of: CAD, USD, EUR, GBP, CHF)');
  });

  it('reports invalid YAML at its line', () => {
    const [d] = problems({ 'forums/alpha.yaml': forum.replace('established: 2001', 'established: [2001') });
    expect(d).toMatchObject({ file: 'forums/alpha.yaml', rule: 'yaml-syntax' });
    expect(d!.line).toBeGreaterThan(1);
  });

  it('reports an unknown field at its key', () => {
    const [d] = problems({ 'forums/alpha.yaml': forum.replace('established: 2001', 'established: 2001\nestablised: 2002') });
    expect(d).toMatchObject({ file: 'forums/alpha.yaml', line: 9, column: 1, message: 'establised: is not a field here' });
  });

  it('reports a tag outside the topic vocabulary at the tag, with the topics allowed', () => {
    const [d] = problems({ 'forums/alpha.yaml': forum.replace('tags: [multilateral]', 'tags: [multilateral, refugess]') });
    const tagsLine = forum.split('\n').findIndex((l) => l.startsWith('tags:')) + 1;
    expect(d).toMatchObject({ file: 'forums/alpha.yaml', line: tagsLine, column: 22, rule: 'invalid-field', severity: 'error' });
    expect(d!.message).toMatch(/^tags\[1\]: must be one of: americas, asylum, .*refugees, /);
  });

  it('reports a wrong type', () => {
    const [d] = problems({ 'forums/alpha.yaml': forum.replace('established: 2001', 'established: "long ago"') });
    expect(d).toMatchObject({ line: 8, column: 1, message: 'established: must be a number, not the text "long ago"' });
  });

  it('reports an impossible date', () => {
    const [d] = problems({ 'forums/alpha.yaml': forum.replace('"2019-10-10"', '"2019-02-30"') });
    expect(d!.message).toMatch(/^meetings\[0\]\.date(\.start)?: "2019-02-30" is not a real day/);
    expect(d!.line).toBe(forum.split('\n').findIndex((l) => l.includes('"2019-10-10"')) + 1);
  });

  it('reports a duplicate key and a duplicate id', () => {
    expect(problems({ 'forums/alpha.yaml': `${forum}\nestablished: 2002\n` })[0]).toMatchObject({ rule: 'duplicate-key' });
    expect(problems({ 'forums/alpha.yml': forum })[0]).toMatchObject({ rule: 'duplicate-id', file: 'forums/alpha.yml' });
  });

  it('reports an empty file, a binary file and a file that is not UTF-8', () => {
    expect(problems({ 'forums/alpha.yaml': '' })[0]).toMatchObject({ rule: 'empty-file', file: 'forums/alpha.yaml', line: 1 });
    expect(problems({ 'forums/blob.yaml': Buffer.from([0x00, 0x01, 0x02, 0xff]) })[0]).toMatchObject({
      rule: 'binary-file',
      file: 'forums/blob.yaml',
    });
    const latin1 = Buffer.from('name:\n  en: "Forum"\n  fr: "R\xe9fugi\xe9s"\n', 'latin1');
    expect(problems({ 'forums/latin.yaml': latin1 })[0]).toMatchObject({ rule: 'not-utf8', file: 'forums/latin.yaml', line: 3 });
  });

  it('reports an unknown redaction marker in a field, with a suggestion', () => {
    const [d] = problems({ 'forums/alpha.yaml': forum.replace('redact: atia-19-1', 'redact: atia-19-2') });
    expect(d).toMatchObject({ rule: 'unknown-marker', line: 11, column: 3, hint: 'did you mean "atia-19-1"?' });
  });

  it('refuses a file outside the collections', () => {
    expect(problems({ 'forum/alpha.yaml': forum })[0]).toMatchObject({ rule: 'unknown-collection', hint: 'did you mean content/forums/?' });
  });
});

describe('MDX bodies', () => {
  const broken = (text: string) => problems({ 'forums/alpha.en.mdx': text, 'forums/alpha.fr.mdx': text });
  const first = (text: string) => broken(text).find((d) => d.file === 'forums/alpha.en.mdx');

  it('names the line and column of an unknown marker, with a suggestion', () => {
    expect(first('Text.\n\nA <Redact marker="atia-15-2">secret</Redact>.\n')).toMatchObject({
      line: 3,
      column: 3,
      rule: 'unknown-marker',
      message: '"atia-15-2" is not a redaction marker',
      hint: 'did you mean "atia-15-1"?',
    });
  });

  it('refuses a missing marker, an empty marker and an empty passage', () => {
    expect(first('A <Redact>secret</Redact>.\n')).toMatchObject({ line: 1, column: 3, rule: 'redact-no-marker' });
    expect(first('A <Redact marker="">secret</Redact>.\n')).toMatchObject({ rule: 'redact-no-marker' });
    expect(first('A <Redact marker="atia-15-1"></Redact>.\n')).toMatchObject({ line: 1, column: 3, rule: 'redact-empty' });
    expect(first('A <Redact marker="atia-15-1">   </Redact>.\n')).toMatchObject({ rule: 'redact-empty' });
  });

  it('refuses every case variant and near-miss of the element, which would publish the text', () => {
    for (const tag of ['redact', 'REDACT', 'Redaction', 'Redacted', 'Readct', 'redacted']) {
      expect(first(`Text.\n\nA <${tag} marker="atia-15-1">secret</${tag}>.\n`), tag).toMatchObject({
        line: 3,
        column: 3,
        rule: 'redact-misspelled',
      });
    }
  });

  it('reports an unclosed tag and a JavaScript syntax error with their position', () => {
    expect(first('Text.\n\n<Redact marker="atia-15-1">\n\nsecret\n')).toMatchObject({ rule: 'mdx-syntax' });
    const js = first('Text.\n\nA {1 +} B.\n');
    expect(js).toMatchObject({ rule: 'mdx-syntax', line: 3 });
  });

  it('refuses imports, code expressions, unknown components and unknown references', () => {
    expect(first("import X from './x.js';\n\nText.\n")).toMatchObject({ rule: 'mdx-no-code', line: 1 });
    expect(first('A {secret} b.\n')).toMatchObject({ rule: 'mdx-no-code' });
    expect(first('<KeyMesages>\n\n- a\n\n</KeyMesages>\n')).toMatchObject({
      rule: 'unknown-component',
      hint: 'did you mean <KeyMessages>?',
    });
    expect(first('See <Ref to="forums/alpah" />.\n')).toMatchObject({ rule: 'unknown-reference', hint: 'did you mean "forums/alpha"?' });
  });
});

describe('translation parity', () => {
  it('names a missing French body and its English twin', () => {
    const [d] = problems({ 'forums/alpha.fr.mdx': null });
    expect(d).toMatchObject({ rule: 'missing-translation', severity: 'error' });
    expect(d!.message).toMatch(/alpha\.fr\.mdx is missing: it is the French twin of .*alpha\.en\.mdx/);
  });

  it('is a warning while drafting in the dev server', () => {
    const dir = binderWith({ 'forums/alpha.fr.mdx': null });
    expect(loadBinder(dir, { mode: 'dev' }).diagnostics[0]).toMatchObject({ rule: 'missing-translation', severity: 'warning' });
  });

  it('requires the same redactions in the same order in both languages', () => {
    const fr = fs.readFileSync(path.join(fixture, 'forums/alpha.fr.mdx'), 'utf8');
    const [d] = problems({
      'forums/alpha.fr.mdx': fr.replace('<Redact marker="atia-15-1">Canaryinlinefr est le vrai programme.</Redact>', 'Le vrai programme.'),
    });
    expect(d).toMatchObject({ rule: 'translation-redactions-differ', file: 'forums/alpha.fr.mdx' });
  });
});

describe('YAML values are plain text', () => {
  const binder = fs.readFileSync(path.join(fixture, 'binder.yaml'), 'utf8');
  const marker = fs.readFileSync(path.join(fixture, 'redaction-markers/atia-15-1.yaml'), 'utf8');

  it('refuses a tag in an entry, the binder, the glossary and a marker file, naming the field only', () => {
    const found = problems({
      'forums/alpha.yaml': forum.replace(
        'current: { en: "Norway"',
        'current: { en: "<Redact marker=\\"atia-15-1\\">Canarytagchair</Redact>"',
      ),
      'binder.yaml': binder.replace('"Minister of Tests"', '"Minister <b>of</b> Tests"'),
      'glossary.yaml':
        'terms:\n  - term: { en: "DG", fr: "DG" }\n    meaning: { en: "Director <i>General</i>", fr: "directeur général" }\n',
      'redaction-markers/atia-15-1.yaml': marker.replace('"s.15(1) ATIA"', '"s.15(1) <abbr>ATIA</abbr>"'),
    });
    const tags = found.filter((d) => d.rule === 'tag-in-yaml');
    expect(tags.map((d) => `${d.file}:${d.line} ${d.message.split(':')[0]}`).sort()).toEqual([
      'binder.yaml:6 minister.en',
      'forums/alpha.yaml:14 chair.current.en',
      'glossary.yaml:3 terms[0].meaning.en',
      'redaction-markers/atia-15-1.yaml:4 label.en',
    ]);
    expect(JSON.stringify(found)).not.toContain('Canarytagchair');
  });

  it('accepts a plain < in prose', () => {
    expect(
      problems({ 'forums/alpha.yaml': forum.replace('"Prepare the plenary."', '"Prepare the plenary (< 10 people, <5 days)."') }),
    ).toEqual([]);
  });
});

describe('unreadable files and empty bodies are reported once', () => {
  const latin1 = Buffer.from('Le r\xe9sum\xe9.\n', 'latin1');

  it('a body that is not UTF-8 is not also a missing twin', () => {
    const found = problems({ 'forums/alpha.fr.mdx': latin1 });
    expect(found).toEqual([expect.objectContaining({ rule: 'not-utf8', file: 'forums/alpha.fr.mdx', line: 1, column: 1 })]);
  });

  it('a data file that is not UTF-8 is not also a body without data, nor an unknown reference', () => {
    const found = problems({ 'forums/alpha.yaml': Buffer.from(forum.replace('Norvège', 'Norv\xe8ge'), 'latin1') });
    expect(found).toEqual([expect.objectContaining({ rule: 'not-utf8', file: 'forums/alpha.yaml' })]);
  });

  it('an empty body whose twin has prose is a missing translation at its start', () => {
    const found = problems({ 'forums/alpha.fr.mdx': '\n   \n' });
    expect(found).toEqual([
      expect.objectContaining({ rule: 'missing-translation', file: 'forums/alpha.fr.mdx', line: 1, column: 1, severity: 'error' }),
    ]);
  });
});

describe('logs name no withheld entry', () => {
  const gamma = fs.readFileSync(path.join(fixture, 'stakeholders/gamma.yaml'), 'utf8');
  const note = fs.readFileSync(path.join(fixture, 'notes/canary-withheld.yaml'), 'utf8');

  it('suggests only public entries for a mistyped reference', () => {
    const [d] = problems({
      'stakeholders/gamma.yaml': `${gamma}classification: secret\n`,
      'forums/alpha.yaml': forum.replace('members: [beta, gamma]', 'members: [beta, gama]'),
    });
    expect(d).toMatchObject({ rule: 'unknown-reference', message: 'members[1]: there is no organisation "gama"' });
    // Without the withheld one, the public one is suggested as before.
    const [e] = problems({ 'forums/alpha.yaml': forum.replace('members: [beta, gamma]', 'members: [beta, gama]') });
    expect(e!.message).toContain('did you mean "gamma"');
  });

  it('suggests no withheld entry for a mistyped <Ref>', () => {
    const text = `${body}\nSee <Ref to="notes/canary-withheldd" />.\n`;
    const found = problems({
      'forums/alpha.en.mdx': text,
      'forums/alpha.fr.mdx': `${fs.readFileSync(path.join(fixture, 'forums/alpha.fr.mdx'), 'utf8')}\nVoir <Ref to="notes/canary-withheldd" />.\n`,
    });
    expect(found.filter((d) => d.rule === 'unknown-reference')).toHaveLength(2);
    expect(JSON.stringify(found.map((d) => d.hint))).not.toContain('"notes/canary-withheld"');
  });

  it('does not quote a reference written inside a withheld entry', () => {
    const [d] = problems({ 'notes/canary-withheld.yaml': note.replace('forums: [alpha]', 'forums: [alpah]') });
    expect(d).toMatchObject({ rule: 'unknown-reference', message: 'forums[0]: there is no forum with the id written here' });
  });

  it('marks every diagnostic that names a withheld entry, which a public log masks', () => {
    const found = problems({
      'notes/canary-withheld.yaml': note.replace('date: "2019-09-01"', 'date: "2019-09-31"'),
      'notes/canary-withheld.fr.mdx': null,
    });
    expect(found.map((d) => [d.rule, d.withheld])).toEqual([
      ['invalid-field', ['notes/canary-withheld']],
      ['missing-translation', ['notes/canary-withheld']],
    ]);
    const logged = forLog(found, 'public');
    expect(JSON.stringify(logged)).not.toContain('canary-withheld');
    expect(logged[0]).toMatchObject({ file: 'notes/(withheld entry).yaml', line: 3, message: 'date: is not a real day of its month' });
    expect(logged[1]!.message).toMatch(
      /\/notes\/\(withheld entry\)\.fr\.mdx is missing: it is the French twin of \S*\/notes\/\(withheld entry\)\.en\.mdx$/,
    );
    expect(logged[1]!.hint).toContain('npm run check');
    expect(forLog(found, 'internal')).toEqual(found);
  });

  it('judges a withheld entry whose YAML does not parse on its lines, erring on withheld', () => {
    const [d] = problems({ 'notes/canary-withheld.yaml': note.replace('kind: briefing-note', 'kind: [briefing-note') });
    expect(d).toMatchObject({ rule: 'yaml-syntax', withheld: ['notes/canary-withheld'] });
    const [e] = problems({ 'forums/alpha.yaml': forum.replace('established: 2001', 'established: [2001') });
    expect(e!.withheld).toBeUndefined();
  });
});

describe('literal markers in data', () => {
  it('count in the redaction register as passages with an unspecified basis', () => {
    const unspecified = (dir: string) =>
      redactBinder(loadBinder(dir), { edition: 'public' }).register.rows.find((r) => r.id === 'alpha')!.counts['unspecified'] ?? 0;
    const before = unspecified(fixture);
    const dir = binderWith({
      'forums/alpha.yaml': forum
        .replace('"Norway", fr: "Norvège"', '"Norway [ * ]", fr: "Norvège [CAVIARDÉ]"')
        .replace('"Prepare the plenary."', '"Prepare [Redacted]."'),
    });
    expect(unspecified(dir)).toBe(before + 2);
  });
});
