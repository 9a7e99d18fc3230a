/**
 * A person's contacts are secrets unless they say `public: true`: the audit learns Binder's
 * default on its own (it never asks the redact pass), so a contact that leaked is a hit.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditOutput } from './audit.ts';
import { collectSecrets } from './collect.ts';
import { writeTree } from '../../tests/temp.ts';

const root = path.resolve(import.meta.dirname, '../..');

const binderWith = (files: Record<string, string>) =>
  writeTree(files, { name: 'people', from: path.join(root, 'tests/fixtures/canary/content') });
const output = (files: Record<string, string>) => writeTree(files, { name: 'people-out' });

const person = [
  'summary: { en: "The program lead.", fr: "La responsable du programme." }',
  'name: Zelda Quorrin',
  'titles:',
  '  - title: { en: Director, fr: { feminine: directrice, masculine: directeur } }',
  'contact:',
  '  - email: zelda.quorrin@example.gc.ca',
  '  - telephone: 613-555-0142',
  '    public: true',
  '    label: { en: General enquiries, fr: Renseignements généraux }',
  '',
].join('\n');

describe('people’s contacts in the audit', () => {
  const binder = binderWith({ 'people/zelda.yaml': person });
  const file = path.relative(process.cwd(), path.join(binder, 'people/zelda.yaml')).split(path.sep).join('/');
  const secrets = collectSecrets(binder);

  it('a contact without public: true is a secret at its line, never public text; a public one is public', () => {
    expect(secrets.needles.filter((n) => n.origin.startsWith(file)).map((n) => [n.text, n.origin])).toEqual([
      ['zelda.quorrin@example.gc.ca', `${file}:6`],
    ]);
    expect(secrets.publicText).not.toContain('quorrin example');
    expect(secrets.publicText).toContain('613');
  });

  it('finds a leaked contact in the output, and lets the public line through', () => {
    const result = auditOutput(
      binder,
      output({ 'en/people/zelda/index.html': '<p>Write to zelda.quorrin@example.gc.ca or call 613-555-0142.</p>' }),
    );
    expect(result.hits.map((h) => [h.needle.kind, h.place])).toEqual([['field', `${file}:6`]]);
  });

  it('a withheld person’s contacts are secrets too, public or not', () => {
    const withheld = binderWith({ 'people/zelda.yaml': `redact: atia-19-1\n${person}` });
    const texts = collectSecrets(withheld).needles.map((n) => n.text);
    expect(texts).toContain('zelda.quorrin@example.gc.ca');
    expect(texts).toContain('613-555-0142');
    expect(texts).toContain('Zelda Quorrin');
  });
});
