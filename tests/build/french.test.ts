/**
 * French that reads as French: every string Binder writes (the strings tables, with their functions
 * called) and the interface text of every French page of the demo binder, both editions, has a
 * no-break space before : ; ! ? and inside « », and typographic apostrophes. What editors wrote is
 * theirs (the MDX bodies are skipped, and a fault next to text found in content/ is excused);
 * what Binder adds around it, such as "Présidence (2019–2020)\u00a0:", is not.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, projectRoot, readTree, tempWorkdir } from './helpers.ts';
import { chromeTexts, squash, tableTexts, typographyIssues } from './french-scan.ts';
import { interfaceStrings } from '../../src/audit/audit.ts';

/** Every strings table Binder has (the audit's list, which a test keeps complete). */
const tables = interfaceStrings;

describe('the strings tables', () => {
  it('write French with no-break spaces before : ; ! ? and inside « », and ’ for apostrophes', () => {
    const faults = Object.entries(tables).flatMap(([name, table]) =>
      tableTexts(table.fr, `${name}.fr`).flatMap(({ path: at, text }) => typographyIssues(text).map((issue) => ({ at, ...issue }))),
    );
    expect(faults).toEqual([]);
  });

  it('write ’ for apostrophes in English too', () => {
    const faults = Object.entries(tables).flatMap(([name, table]) =>
      tableTexts(table.en, `${name}.en`).flatMap(({ path: at, text }) =>
        typographyIssues(text)
          .filter((issue) => issue.rule === 'straight apostrophe')
          .map((issue) => ({ at, ...issue })),
      ),
    );
    expect(faults).toEqual([]);
  });
});

/** Everything editors wrote in content/ (YAML and MDX), whitespace squashed. */
function editorsText(): string {
  const dir = path.join(projectRoot, 'content');
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ya?ml|mdx)$/.test(file))
    .map((file) => squash(fs.readFileSync(path.join(dir, file), 'utf8')))
    .join('\n');
}

describe('the French pages of the demo binder', () => {
  const workdir = tempWorkdir('french');
  const editions: Record<string, Map<string, string>> = {};
  const editors = editorsText();
  // A fault is the editors' when the characters up to it or from it (five at least) are in their sources.
  const isEditors = (around: string) => squash(around).trim().length >= 5 && editors.includes(squash(around).trim());

  beforeAll(() => {
    const content = path.join(projectRoot, 'content');
    for (const edition of ['public', 'internal'] as const) {
      const result = build({ content, workdir, edition });
      if (result.status !== 0) throw new Error(result.stderr);
    }
    editions.public = readTree(path.join(workdir, 'dist'));
    editions.internal = readTree(path.join(workdir, 'dist-internal'));
  });

  it.each(['public', 'internal'])('%s edition: the interface text of every French page', (edition) => {
    const pages = [...editions[edition]!].filter(([file]) => file.startsWith('fr/') && file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(20);
    const faults = pages.flatMap(([file, html]) =>
      chromeTexts(html).flatMap((text) => typographyIssues(text, isEditors).map((issue) => `${file}: ${issue.rule}: «${issue.around}»`)),
    );
    expect(faults).toEqual([]);
  });

  it('writes the captions it generates with the space, e.g. a role with its years', () => {
    const page = editions.public!.get('fr/forums/atcr/index.html')!;
    expect(page).toContain('Présidence (2019–2020)\u00a0:');
    expect(page).not.toMatch(/Présidence \(2019–2020\):/);
  });
});
