/** The link checker finds missing pages and anchors, honours the base path and skips external links. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/link-check.ts';

function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'binder-links-'));
  for (const [file, html] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), html);
  }
  return dir;
}

describe('checkLinks', () => {
  it('accepts links to pages, directories, assets and anchors that exist', () => {
    const dir = site({
      'en/index.html': '<a href="/binder/en/forums/">f</a><a href="forums/igc/#members">m</a><link href="/binder/_astro/a.css"><a href="https://example.org/x">x</a><a href="mailto:a@b.c">m</a>',
      'en/forums/index.html': '<a href="/binder/en/">home</a>',
      'en/forums/igc/index.html': '<h2 id="members">Members</h2>',
      '_astro/a.css': 'body{}',
    });
    expect(checkLinks(dir, '/binder/')).toEqual({ pages: 3, links: 4, broken: [] });
  });

  it('reports a missing page, a missing anchor, and a link outside the base path', () => {
    const dir = site({
      'en/index.html': '<a href="/binder/en/nowhere/">a</a><a href="/binder/en/#missing">b</a><a href="/en/">c</a>',
    });
    expect(checkLinks(dir, '/binder/').broken).toEqual([
      { from: 'en/index.html', href: '/binder/en/nowhere/', reason: 'missing-file' },
      { from: 'en/index.html', href: '/binder/en/#missing', reason: 'missing-anchor' },
      { from: 'en/index.html', href: '/en/', reason: 'missing-file' },
    ]);
  });

  it('checks the sitemap’s locations against the site URL', () => {
    const dir = site({ 'sitemap.xml': '<urlset><url><loc>https://x.gc.ca/en/</loc></url><url><loc>https://x.gc.ca/fr/</loc></url></urlset>', 'en/index.html': '' });
    expect(checkLinks(dir, '/', 'https://x.gc.ca').broken).toEqual([{ from: 'sitemap.xml', href: 'https://x.gc.ca/fr/', reason: 'missing-file' }]);
  });
});
