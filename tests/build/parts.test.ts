/**
 * Binder structure in a real public build of the canary binder, with PCO's marker text: the notes
 * index grouped by part in order (each note with its kind and date), the printable binder's tabs
 * (one per part, which Chromium turns into the PDF's top-level bookmarks), a withheld note and the
 * part it alone fills absent everywhere, the binder's marker text and notice on the pages and in
 * the search index, and a pasted source notice kept as text. The internal side is in canary.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, projectRoot, readTree, tempWorkdir, type BuildResult } from './helpers.ts';

const fixture = path.join(projectRoot, 'tests/fixtures/canary/content');
const workdir = tempWorkdir('parts');
const content = path.join(workdir, 'content');
const pasted =
  '[REDACTED] appears where sensitive information has been removed in accordance with the Access to Information Act and the Privacy Act.';
const pastedFr =
  'La mention [CAVIARDÉ] figure là où des renseignements de nature délicate ont été retirés conformément à la Loi sur l’accès à l’information et à la Loi sur la protection des renseignements personnels.';
let result: BuildResult;
let tree: Map<string, string>;

beforeAll(() => {
  fs.cpSync(fixture, content, { recursive: true });
  const yaml = fs.readFileSync(path.join(content, 'binder.yaml'), 'utf8');
  fs.writeFileSync(path.join(content, 'binder.yaml'), `${yaml}publicMarker: { text: { en: "[ * ]", fr: "[ * ]" } }\n`);
  const note = (lang: string, first: string) => {
    const file = path.join(content, `notes/public-note.${lang}.mdx`);
    fs.writeFileSync(file, `${first}\n\n${fs.readFileSync(file, 'utf8')}`);
  };
  note('en', pasted);
  note('fr', pastedFr);
  result = build({ content, workdir });
  tree = readTree(path.join(workdir, 'dist'));
}, 300_000);

describe('a public build with parts and PCO’s marker', () => {
  it('builds, with the audit passing, and warns about the pasted notice', () => {
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout + result.stderr).toContain('this sentence is a redaction notice pasted from the source');
  });

  it('lists the notes by part, each with its kind and date, the withheld note and its part left out', () => {
    const en = tree.get('en/notes/index.html')!;
    // Astro adds scoped-style attributes to the component's elements.
    expect(en).toMatch(/<a href="#part-first-part"[^>]*>First part<\/a>/);
    expect(en).toMatch(
      /<h2 id="part-first-part"[^>]*>First part<\/h2>[\s\S]*\/en\/notes\/public-note\/[\s\S]*Briefing note[\s\S]*<time datetime="2019-09-15"[^>]*>September 15, 2019<\/time>/,
    );
    expect(tree.get('fr/notes/index.html')).toContain('Première partie');
    for (const page of ['en/notes/index.html', 'fr/notes/index.html', 'en/print/index.html', 'fr/impression/index.html'])
      expect(tree.get(page)).not.toMatch(/canary-withheld|withheld-only|Part of withheld notes|Partie des notes soustraites/);
  });

  it('gives the printable binder one tab per part, before the collections', () => {
    const tabs = [...tree.get('en/print/index.html')!.matchAll(/<h1 class="print-part__tab" id="([^"]+)"/g)].map((m) => m[1]);
    // The notes no part lists (the letter, the committee appearance, the public QP note) come last
    // under "Other notes"; the part that holds only the withheld note has no tab.
    expect(tabs.slice(0, 5)).toEqual([
      'part-notes--first-part',
      'part-notes--other-notes',
      'part-forums',
      'part-stakeholders',
      'part-funding-programs',
    ]);
    expect(tabs.filter((id) => id!.startsWith('part-notes'))).toEqual(['part-notes--first-part', 'part-notes--other-notes']);
    expect(tree.get('fr/impression/index.html')).toMatch(
      /<h1 class="print-part__tab" id="part-notes--first-part"[^>]*>\s*Première partie\s*<\/h1>/,
    );
  });

  it('marks withheld text with the binder’s marker text, in the pages, the notice and the search index', () => {
    const alpha = tree.get('en/forums/alpha/index.html')!;
    expect(alpha).toContain('[ * ] <span class="redacted__basis">');
    expect(alpha).not.toContain('[REDACTED] <span');
    expect(alpha).toContain('[ * ] appears where sensitive information has been removed');
    expect(tree.get('fr/forums/alpha/index.html')).toContain('La mention [ * ] figure là où');
    const fragments = [...tree].filter(([f]) => f.startsWith('pagefind/fragment/')).map(([, t]) => t);
    expect(fragments.some((t) => t.includes('[ * ]'))).toBe(true);
  });

  it('keeps a pasted source notice as text, not as a marker', () => {
    const html = tree.get('en/notes/public-note/index.html')!;
    expect(html).toContain(pasted);
  });
});
