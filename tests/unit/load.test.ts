/**
 * The checker on a small valid binder with one file broken at a time: every editor mistake is
 * reported as a diagnostic naming the file, the line and column, a rule id and, where it helps,
 * a "did you mean". Nothing is thrown.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBinder } from '../../src/redaction/load.ts';
import type { Diagnostic } from '../../src/lib/diagnostics.ts';

const fixture = path.resolve(import.meta.dirname, '../fixtures/canary/content');

/** A copy of the canary binder with some files replaced (or removed, with `null`). */
function binderWith(changes: Record<string, string | Buffer | null>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'binder-load-'));
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
    const [d] = problems({ 'funding-programs/delta.yaml': program.replace('envelope: { amount: 500000, currency: CAD, period: per-year }', 'envelope: { amount: 500000, period: per-year }') });
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

  it('reports a wrong type', () => {
    const [d] = problems({ 'forums/alpha.yaml': forum.replace('established: 2001', 'established: "long ago"') });
    expect(d).toMatchObject({ line: 8, column: 1, message: 'established: must be a number, not the text "long ago"' });
  });

  it('reports an impossible date', () => {
    const [d] = problems({ 'forums/alpha.yaml': forum.replace('"2019-10-10"', '"2019-02-30"') });
    expect(d!.message).toMatch(/^meetings\[0\]\.date(\.start)?: "2019-02-30" is not a real day/);
    expect(d!.line).toBe(17);
  });

  it('reports a duplicate key and a duplicate id', () => {
    expect(problems({ 'forums/alpha.yaml': `${forum}\nestablished: 2002\n` })[0]).toMatchObject({ rule: 'duplicate-key' });
    expect(problems({ 'forums/alpha.yml': forum })[0]).toMatchObject({ rule: 'duplicate-id', file: 'forums/alpha.yml' });
  });

  it('reports an empty file, a binary file and a file that is not UTF-8', () => {
    expect(problems({ 'forums/alpha.yaml': '' })[0]).toMatchObject({ rule: 'empty-file', file: 'forums/alpha.yaml', line: 1 });
    expect(problems({ 'forums/blob.yaml': Buffer.from([0x00, 0x01, 0x02, 0xff]) })[0]).toMatchObject({ rule: 'binary-file', file: 'forums/blob.yaml' });
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
      line: 3, column: 3, rule: 'unknown-marker', message: '"atia-15-2" is not a redaction marker', hint: 'did you mean "atia-15-1"?',
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
      expect(first(`Text.\n\nA <${tag} marker="atia-15-1">secret</${tag}>.\n`), tag).toMatchObject({ line: 3, column: 3, rule: 'redact-misspelled' });
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
    expect(first('<KeyMesages>\n\n- a\n\n</KeyMesages>\n')).toMatchObject({ rule: 'unknown-component', hint: 'did you mean <KeyMessages>?' });
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
    const [d] = problems({ 'forums/alpha.fr.mdx': fr.replace('<Redact marker="atia-15-1">Canaryinlinefr est le vrai programme.</Redact>', 'Le vrai programme.') });
    expect(d).toMatchObject({ rule: 'translation-redactions-differ', file: 'forums/alpha.fr.mdx' });
  });
});
