/**
 * The placeholder rule on the canary binder with placeholders written into it: in bodies and YAML
 * strings, at their line and column, errors for the public build and warnings for editors; hidden
 * ones (in a redaction or a withheld entry) left out of the public build and never quoted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBinder } from './load.ts';
import { placeholderDiagnostics } from './placeholders.ts';
import { placeholder } from '../core/placeholders.ts';
import { scaffoldEntry } from '../tooling/scaffold.ts';
import { tempDir } from '../../tests/temp.ts';

const fixture = path.resolve(import.meta.dirname, '../../tests/fixtures/canary/content');
const read = (file: string) => fs.readFileSync(path.join(fixture, file), 'utf8');

function loadWith(changes: Record<string, string>) {
  const dir = tempDir('placeholders');
  fs.cpSync(fixture, dir, { recursive: true });
  for (const [file, text] of Object.entries(changes)) fs.writeFileSync(path.join(dir, file), text);
  const loaded = loadBinder(dir);
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const place = (d: { file: string; line?: number; column?: number }) =>
    `${path.relative(dir, path.resolve(d.file))}:${d.line}:${d.column}`;
  const run = (audience: 'public' | 'editors') =>
    placeholderDiagnostics(loaded, audience).map((d) => ({ at: place(d), severity: d.severity, message: d.message }));
  return { public: run('public'), editors: run('editors') };
}

/** What the canary binder itself holds (placeholders inside a redaction and in the withheld note), left out of the cases below. */
const baseline = loadWith({});
function loadChanged(changes: Record<string, string>) {
  const found = loadWith(changes);
  const known = new Set(baseline.editors.map((d) => JSON.stringify(d)));
  return { public: found.public, editors: found.editors.filter((d) => !known.has(JSON.stringify(d))) };
}

describe('placeholders', () => {
  it('finds in the canary binder only hidden ones, which it never quotes', () => {
    expect(baseline.public).toEqual([]);
    expect(baseline.editors.map((d) => d.at.replace(/:\d+:\d+$/, ''))).toEqual([
      'notes/canary-withheld.en.mdx',
      'notes/canary-withheld.fr.mdx',
      'notes/public-note.en.mdx',
      'notes/public-note.fr.mdx',
    ]);
    expect(JSON.stringify(baseline.editors)).not.toMatch(/canary\w*placeholder|TODO|FAIRE/i);
  });

  it('in a body and a YAML string: errors for the public build, warnings for editors, naming the placeholder', () => {
    const found = loadChanged({
      'forums/alpha.en.mdx': `${read('forums/alpha.en.mdx')}\nTODO: say what the forum decided.\n`,
      'forums/alpha.fr.mdx': `${read('forums/alpha.fr.mdx')}\nÀ FAIRE : la décision.\n`,
      'stakeholders/beta.yaml': read('stakeholders/beta.yaml').replace(/fr: "([^"]*)"/, 'fr: "$1 (à traduire)"'),
    });
    const lines = read('forums/alpha.en.mdx').split('\n').length + 1;
    expect(found.public).toContainEqual({
      at: `forums/alpha.en.mdx:${lines}:1`,
      severity: 'error',
      message: 'the placeholder "TODO": the text is not finished, and a public build refuses it',
    });
    expect(found.public.map((d) => d.message)).toContainEqual(expect.stringMatching(/^name\.fr holds the placeholder "\(à traduire\)"/));
    expect(found.public.map((d) => d.message)).toContainEqual(expect.stringContaining('"À FAIRE"'));
    expect(found.public).toHaveLength(3);
    expect(found.editors.map((d) => [d.at, d.severity])).toEqual(found.public.map((d) => [d.at, 'warning']));
  });

  it('inside a redaction, a redacted field or a withheld entry: not the public build’s concern, and never quoted', () => {
    const found = loadChanged({
      'forums/alpha.en.mdx': read('forums/alpha.en.mdx').replace('Canaryinlineen is', 'TODO Canaryinlineen is'),
      'forums/alpha.yaml': read('forums/alpha.yaml').replace('"Canarymemberfr"', '"Canarymemberfr (à traduire)"'),
      'notes/canary-withheld.yaml': read('notes/canary-withheld.yaml').replace('"Canarywithheldsummaryen"', '"TODO"'),
    });
    expect(found.public).toEqual([]);
    expect(found.editors.map((d) => d.message)).toEqual([
      'a placeholder inside a redacted field: the public edition does not show it, but the text is not finished',
      'a placeholder inside a redacted passage: the public edition does not show it, but the text is not finished',
      'a placeholder inside an entry withheld from the public edition: the public edition does not show it, but the text is not finished',
    ]);
    expect(found.editors.every((d) => d.severity === 'warning')).toBe(true);
    expect(JSON.stringify(found.editors)).not.toMatch(/canary(inline|member|withheldsummary)|TODO|traduire/i);
  });

  it('in the binder’s own YAML and a statistic’s, too', () => {
    const statistic = fs.readdirSync(path.join(fixture, 'statistics')).find((f) => f.endsWith('.yaml'))!;
    const found = loadChanged({
      'binder.yaml': read('binder.yaml').replace('fr: "Cahier canari"', 'fr: "Cahier canari (à traduire)"'),
      [`statistics/${statistic}`]: `${read(`statistics/${statistic}`)}# TODO in a comment is not a value\n`,
    });
    expect(found.public).toMatchObject([{ at: 'binder.yaml:3:50', severity: 'error' }]);
  });

  it('not in MDX comments, web addresses, longer words or lower-case prose', () => {
    const extra = '\n{/* TODO: check with the desk */}\n\nSee https://example.org/TODO and TODOS; a todo; il reste à faire.\n';
    const found = loadChanged({ 'forums/alpha.en.mdx': `${read('forums/alpha.en.mdx')}${extra}` });
    expect(found.editors).toEqual([]);
  });

  it('in a component attribute (the scaffold’s If-pressed question), at its column', () => {
    const note = read('notes/public-note.en.mdx').replace('question="If pressed on the withheld plan"', 'question="If pressed on TODO"');
    const found = loadChanged({ 'notes/public-note.en.mdx': note });
    const line = note.split('\n').findIndex((l) => l.includes('on TODO')) + 1;
    const column = note.split('\n')[line - 1]!.indexOf('TODO') + 1;
    expect(found.public).toMatchObject([{ at: `notes/public-note.en.mdx:${line}:${column}` }]);
  });

  it.each(['forums', 'stakeholders', 'funding-programs', 'notes'] as const)(
    'finds every placeholder npm run new writes in a new entry of %s, in each of its three files',
    (collection) => {
      const files = scaffoldEntry(collection, 'Test Entry', '2025-01-15');
      const found = loadChanged(Object.fromEntries([...files].map(([suffix, text]) => [`${collection}/test-entry${suffix}`, text])));
      const written = [...files.values()].join('\n');
      const count = Object.values(placeholder).reduce((n, p) => n + written.split(p).length - 1, 0);
      expect(found.public).toHaveLength(count);
      for (const suffix of files.keys()) expect(found.public.some((d) => d.at.startsWith(`${collection}/test-entry${suffix}:`))).toBe(true);
    },
  );
});
