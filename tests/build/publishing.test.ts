/**
 * Publishing: builds are deterministic (two cold builds in different directories are byte for
 * byte the same), and a site built for a sub-path (`/binder/`) works there: every link, asset,
 * canonical URL, sitemap line and the search bundle carry the base path.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, fingerprint, projectRoot, readTree, tempWorkdir } from './helpers.ts';
import { checkLinks } from '../../src/tooling/link-check.ts';

const content = path.join(projectRoot, 'tests/fixtures/canary/content');
const first = tempWorkdir('det-a');
const second = tempWorkdir('det-b');
const sub = tempWorkdir('subpath');

beforeAll(() => {
  for (const [workdir, env] of [
    [first, {}],
    [second, {}],
    [sub, { BINDER_BASE: '/binder/', BINDER_SITE: 'https://example.gc.ca' }],
  ] as const) {
    const result = build({ content, workdir, env });
    if (result.status !== 0) throw new Error(result.stderr);
  }
});

describe('deterministic output', () => {
  it('gives byte-identical trees for two builds of the same sources', () => {
    const a = fingerprint(path.join(first, 'dist'));
    const b = fingerprint(path.join(second, 'dist'));
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    const different = [...a].filter(([file, bytes]) => b.get(file) !== bytes).map(([file]) => file);
    expect(different).toEqual([]);
  });
});

describe('a site under /binder/', () => {
  it('resolves every link and anchor under the base path', () => {
    const result = checkLinks(path.join(sub, 'dist'), '/binder/', 'https://example.gc.ca');
    expect(result.broken).toEqual([]);
    expect(result.links).toBeGreaterThan(100);
  });

  it('puts the base path in canonical URLs, alternates, the sitemap, robots.txt and the search page', () => {
    const tree = readTree(path.join(sub, 'dist'));
    const page = tree.get('en/forums/alpha/index.html')!;
    expect(page).toContain('<link rel="canonical" href="https://example.gc.ca/binder/en/forums/alpha/">');
    expect(page).toContain('hreflang="fr" href="https://example.gc.ca/binder/fr/forums/alpha/"');
    expect(tree.get('sitemap.xml')).toContain('<loc>https://example.gc.ca/binder/fr/forums/alpha/</loc>');
    expect(tree.get('robots.txt')).toContain('Sitemap: https://example.gc.ca/binder/sitemap.xml');
    const search = tree.get('en/search/index.html')!;
    expect(search).toContain('src="/binder/pagefind/pagefind-ui.js"');
    expect(search).toContain('data-base="/binder/"');
    const hrefs = [...page.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.filter((h) => !h.startsWith('/binder/'))).toEqual([]);
  });

  it('has a 404 page in both languages that leads back under the base path', () => {
    const notFound = readTree(path.join(sub, 'dist')).get('404.html')!;
    expect(notFound).toContain('Page not found');
    expect(notFound).toContain('Page introuvable');
    expect(notFound).toContain('href="/binder/fr/"');
  });
});
