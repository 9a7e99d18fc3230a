/**
 * The relationship map in a real public build of the canary binder (a withheld note, redacted
 * fields): both languages, an inline SVG image, the equivalent tables, and no canary word in any
 * file of the map pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, projectRoot, readTree, tempWorkdir, type BuildResult } from './helpers.ts';

const content = path.join(projectRoot, 'tests/fixtures/canary/content');
const workdir = tempWorkdir('map');
const pages = { en: 'en/relationships/index.html', fr: 'fr/relations/index.html' } as const;
let result: BuildResult;
let tree: Map<string, string>;

beforeAll(() => {
  result = build({ content, workdir });
  tree = result.status === 0 ? readTree(path.join(workdir, 'dist')) : new Map<string, string>();
});

// Without the attributes of Astro's scoped styles, so assertions read like the markup.
const page = (lang: keyof typeof pages) => (tree.get(pages[lang]) ?? '').replace(/ data-astro-cid-[a-z0-9]+/g, '');
// The map's drawing, not the Government of Canada signature in the page header.
const svgOf = (html: string) => /<svg\b[^>]*relationship-map[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
/** The rows (<tr>…</tr>) of the page's tables: [forums, funding links]. */
const tables = (html: string) =>
  [...html.matchAll(/<table\b[\s\S]*?<\/table>/g)].map((t) => [...t[0].matchAll(/<tr\b[\s\S]*?<\/tr>/g)].map((m) => m[0]));
/** The first row of `rows` that names `name`. */
const rowOf = (rows: string[] | undefined, name: string) => rows?.find((row) => row.includes(`>${name}<`)) ?? '';

describe('relationship map, public edition of the canary binder', () => {
  it('builds', () => {
    expect(result.status, result.stderr).toBe(0);
  });

  it('has a page in each language, each pointing to the other', () => {
    expect(page('en')).toContain('<html lang="en">');
    expect(page('fr')).toContain('<html lang="fr">');
    expect(page('en')).toMatch(/<a class="lang-toggle" href="\/fr\/relations\/"/);
    expect(page('fr')).toMatch(/<a class="lang-toggle" href="\/en\/relationships\/"/);
  });

  it('inlines the map as an image named by its own title and description', () => {
    for (const lang of ['en', 'fr'] as const) {
      const html = page(lang);
      const svg = svgOf(html);
      expect(svg).toMatch(/^<svg [^>]*role="img"/);
      expect(svg).toContain(`aria-labelledby="relationship-map-${lang}-title relationship-map-${lang}-desc"`);
      expect(svg).toContain(`<title id="relationship-map-${lang}-title">`);
      expect(svg).toContain(`<desc id="relationship-map-${lang}-desc">`);
      expect(html).toMatch(/<figure\b[^>]*>[\s\S]*<svg[\s\S]*<\/svg>[\s\S]*<figcaption\b/);
      expect(html).not.toContain('<script');
    }
  });

  it('draws Alpha Forum and its two members, and the two funding links of Delta', () => {
    const svg = svgOf(page('en'));
    expect(svg).toContain('>Alpha Forum</text>');
    expect(svg).toContain('>Beta Organization</text>');
    expect(svg).toContain('>Gamma Institute</text>');
    expect(svg).toContain('>Delta Program</text>');
    expect([...svg.matchAll(/class="map-edge map-edge--membership"/g)]).toHaveLength(2);
    expect([...svg.matchAll(/class="map-edge map-edge--funding"/g)]).toHaveLength(2);
  });

  it('puts the tables first and the drawing after them, with a link down to it (a phone sees the links first)', () => {
    for (const lang of ['en', 'fr'] as const) {
      const html = page(lang);
      expect(html.indexOf('<table')).toBeGreaterThan(-1);
      expect(html.lastIndexOf('</table>')).toBeLessThan(html.indexOf('<section class="map-section"'));
      expect(html).toMatch(/<a href="#map-drawing">[^<]+<\/a>[\s\S]*<table/);
      expect(html).toMatch(/<section class="map-section" aria-labelledby="map-drawing">\s*<h2 id="map-drawing">/);
    }
  });

  it('lists Alpha Forum with Beta Organization and Gamma Institute in the table, as links', () => {
    const en = rowOf(tables(page('en'))[0], 'Alpha Forum (AF)');
    expect(en).toContain('<a href="/en/forums/alpha/">Alpha Forum (AF)</a>');
    expect(en).toContain('<a href="/en/organizations/beta/">Beta Organization</a>');
    expect(en).toContain('<a href="/en/organizations/gamma/">Gamma Institute</a>');
    const fr = rowOf(tables(page('fr'))[0], 'Forum Alpha (FA)');
    expect(fr).toContain('<a href="/fr/organisations/beta/">Organisation Bêta</a>');
    expect(fr).toContain('<a href="/fr/organisations/gamma/">Institut Gamma</a>');
  });

  it('lists each funding link with its recipient and purpose', () => {
    const [, funding] = tables(page('en'));
    expect(funding).toHaveLength(3); // the header row and two links
    expect(rowOf(funding, 'Gamma Institute')).toContain('Research');
    expect(rowOf(funding, 'Beta Organization')).toContain('Membership');
    expect(rowOf(funding, 'Beta Organization')).toContain('<a href="/en/funding/delta/">Delta Program</a>');
  });

  it('leaves no canary word in any file of the map pages, or any file they load', () => {
    const files = [...tree.keys()].filter((f) => /^(en\/relationships|fr\/relations)\//.test(f));
    expect(files.sort()).toEqual(['en/relationships/index.html', 'fr/relations/index.html']);
    const loaded = files.flatMap((f) => [...tree.get(f)!.matchAll(/(?:href|src)="\/(_astro\/[^"]+)"/g)].map((m) => m[1]!));
    expect(loaded.length).toBeGreaterThan(0);
    for (const file of [...files, ...new Set(loaded)]) expect(tree.get(file)?.match(/canary[a-z]+/gi) ?? null, file).toBeNull();
    expect(fs.existsSync(path.join(workdir, 'dist/en/notes/canary-withheld'))).toBe(false);
  });
});

describe('relationship map of a binder too large to draw (synthetic, 240 entries)', () => {
  const large = tempWorkdir('map-large');
  const largeContent = path.join(large, 'content');
  let built: BuildResult;
  let html = '';
  let withheldIds: string[] = [];

  beforeAll(async () => {
    const { writeSyntheticBinder } = await import('../../src/tooling/bench/synthetic-binder.ts');
    writeSyntheticBinder(largeContent, 240, path.join(projectRoot, 'content/redaction-markers'));
    withheldIds = fs
      .readdirSync(largeContent, { recursive: true, withFileTypes: true })
      .filter(
        (d) =>
          d.isFile() &&
          d.name.endsWith('.yaml') &&
          fs.readFileSync(path.join(d.parentPath, d.name), 'utf8').startsWith('classification: protected-b'),
      )
      .map((d) => d.name.replace(/\.yaml$/, ''));
    built = build({ content: largeContent, workdir: large });
    html = built.status === 0 ? fs.readFileSync(path.join(large, 'dist', pages.en), 'utf8') : '';
  }, 120_000);

  it('builds, the audit included', () => {
    expect(built.status, built.stderr).toBe(0);
    expect(built.stdout).toMatch(/no leak/);
  });

  it('gives the tables only, and says why', () => {
    expect(svgOf(html)).toBe('');
    expect(html).not.toContain('class="map-figure"');
    expect(html).toMatch(/too many for one readable drawing \(the map is drawn for up to 150\)/);
    expect(html).toMatch(/<table\b/);
    expect(html).toContain('/en/forums/forum-00000/');
  });

  it('names no withheld entry', () => {
    expect(withheldIds.length).toBeGreaterThan(0);
    for (const id of withheldIds) expect(html).not.toContain(id);
  });
});
