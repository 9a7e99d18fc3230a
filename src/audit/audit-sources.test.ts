/**
 * The audit reads the sources on its own, as a backstop for the loader: <Redact> text written
 * inside a YAML string (which the loader refuses) is a secret at its line, and a passage
 * redacted in one language's body but shown in its twin's is a leak, not "public elsewhere".
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditOutput } from './audit.ts';
import { collectSecrets } from './collect.ts';
import { writeTree } from '../../tests/temp.ts';

const root = path.resolve(import.meta.dirname, '../..');

const binderWith = (files: Record<string, string>) =>
  writeTree(files, { name: 'sources', from: path.join(root, 'tests/fixtures/canary/content') });
const output = (files: Record<string, string>) => writeTree(files, { name: 'sources-out' });

const stakeholder = [
  'name: { en: "Beta Agency", fr: "Agence Beta" }',
  'summary:',
  '  en: "Works with <Redact marker=\'atia-15-1\'>Quillfeather partners</Redact> on returns."',
  '  fr: "Travaille avec <redact marker=\'atia-15-1\'>les partenaires Quillplume</REDACT> sur les renvois."',
  'notes: |',
  '  First line.',
  '  Second <REDACT>Inkwellborne plans</redact> line.',
  '',
].join('\n');

describe('<Redact> text inside YAML strings', () => {
  const binder = binderWith({ 'stakeholders/beta.yaml': stakeholder });
  const secrets = collectSecrets(binder);
  const file = path.relative(process.cwd(), path.join(binder, 'stakeholders/beta.yaml')).split(path.sep).join('/');

  it('is a passage secret, in any case, at the line it was written', () => {
    const passages = secrets.needles.filter((n) => n.kind === 'passage' && n.origin.startsWith(file));
    expect(passages.map((n) => [n.text, n.origin])).toEqual([
      ['Quillfeather partners', `${file}:3`],
      ['les partenaires Quillplume', `${file}:4`],
      ['Inkwellborne plans', `${file}:7`],
    ]);
  });

  it('is not public text, while the rest of the string is', () => {
    expect(secrets.publicText).not.toContain('quillfeather');
    expect(secrets.publicText).not.toContain('inkwellborne');
    expect(secrets.publicText).toContain(' works with ');
    expect(secrets.publicText).toContain(' first line ');
  });

  it('is found in the output like any passage', () => {
    const result = auditOutput(
      binder,
      output({ 'en/organizations/beta/index.html': '<p>Works with Quillfeather partners on returns.</p>' }),
    );
    expect(result.hits.map((h) => [h.needle.kind, h.place])).toEqual([['passage', `${file}:3`]]);
  });

  it('inside a redacted field, counts as the field, tags left out', () => {
    const withField = binderWith({
      'stakeholders/beta.yaml':
        'name: { en: "Beta", fr: "Beta" }\nsummary:\n  redact: atia-15-1\n  value: { en: "<Redact>Zephyrwold</Redact>", fr: "Zephyrwold" }\n',
    });
    const result = auditOutput(withField, output({ 'en/a/index.html': '<p>Zephyrwold</p>' }));
    expect(result.hits.map((h) => h.needle.kind)).toEqual(['field']);
  });
});

describe('twins', () => {
  // The French body shows, untranslated, what the English body redacts: a name and a number.
  const binder = binderWith({
    'forums/alpha.en.mdx':
      'The forum meets twice a year. <Redact marker="atia-15-1">Mirelda Vantor pledged 4,200,000 dollars</Redact> in 2019.\n',
    'forums/alpha.fr.mdx': 'Le forum se réunit deux fois par an.\n\nSelon la note, Mirelda Vantor pledged 4,200,000 dollars en 2019.\n',
  });
  const fr = path.relative(process.cwd(), path.join(binder, 'forums/alpha.fr.mdx')).split(path.sep).join('/');
  const en = path.relative(process.cwd(), path.join(binder, 'forums/alpha.en.mdx')).split(path.sep).join('/');

  it('a passage redacted in one twin and shown in the other is checked, not "public elsewhere"', () => {
    const result = auditOutput(
      binder,
      output({ 'fr/forums/alpha/index.html': '<p>Selon la note, Mirelda Vantor pledged 4,200,000 dollars en 2019.</p>' }),
    );
    expect(result.notCheckable.map((n) => n.text)).not.toContain('Mirelda Vantor pledged 4,200,000 dollars');
    expect(result.hits.map((h) => h.file)).toEqual(['fr/forums/alpha/index.html']);
  });

  it("names the twin's line where it was written, and the passage's own line", () => {
    const [hit] = auditOutput(binder, output({ 'fr/forums/alpha/index.html': '<p>Mirelda Vantor pledged 4,200,000 dollars</p>' })).hits;
    expect(hit!.place).toBe(`${fr}:3 (secret from ${en}:1)`);
  });

  it('still counts as public when another entry shows it', () => {
    const elsewhere = binderWith({
      'forums/alpha.en.mdx': 'The forum meets. <Redact marker="atia-15-1">Mirelda Vantor pledged 4,200,000 dollars</Redact>.\n',
      'notes/public-note.en.mdx': 'Mirelda Vantor pledged 4,200,000 dollars, as the press reported.\n',
    });
    const result = auditOutput(elsewhere, output({ 'en/notes/public-note/index.html': '<p>Mirelda Vantor pledged 4,200,000 dollars</p>' }));
    expect(result.hits).toEqual([]);
    expect(result.notCheckable.map((n) => n.text)).toContain('Mirelda Vantor pledged 4,200,000 dollars');
  });
});
