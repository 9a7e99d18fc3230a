/**
 * The link checker finds missing pages and anchors, honours the base path and skips external
 * links; it reads every URL-bearing attribute however it is quoted, and takes fragments only to
 * element ids and <a name>.
 */
import { describe, expect, it } from 'vitest';
import { checkLinks, srcsetUrls } from './link-check.ts';
import { writeTree } from '../../tests/temp.ts';

const site = (files: Record<string, string>) => writeTree(files, { name: 'links' });

describe('checkLinks', () => {
  it('accepts links to pages, directories, assets and anchors that exist', () => {
    const dir = site({
      'en/index.html':
        '<a href="/binder/en/forums/">f</a><a href="forums/igc/#members">m</a><link href="/binder/_astro/a.css"><a href="https://example.org/x">x</a><a href="mailto:a@b.c">m</a>',
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
    const dir = site({
      'sitemap.xml': '<urlset><url><loc>https://x.gc.ca/en/</loc></url><url><loc>https://x.gc.ca/fr/</loc></url></urlset>',
      'en/index.html': '',
    });
    expect(checkLinks(dir, '/', 'https://x.gc.ca').broken).toEqual([
      { from: 'sitemap.xml', href: 'https://x.gc.ca/fr/', reason: 'missing-file' },
    ]);
  });

  it('checks every URL-bearing attribute, each srcset candidate included', () => {
    const page = [
      '<img src="/a.png" srcset="/b.png 1x, /c.png 2x">',
      '<picture><source srcset="/d.webp"></picture>',
      '<form action="/e/"><button formaction="/f/">go</button></form>',
      '<video poster="/g.jpg"></video>',
      '<object data="/h.svg"></object>',
      '<map name="m"><area href="/i/" alt="i"></map>',
      '<blockquote cite="/j/">q</blockquote>',
      '<script src="/k.js"></script><iframe src="/l/"></iframe>',
    ].join('');
    const found = checkLinks(site({ 'index.html': page })).broken.map((b) => b.href);
    expect(found).toEqual(['/a.png', '/b.png', '/c.png', '/d.webp', '/e/', '/f/', '/g.jpg', '/h.svg', '/i/', '/j/', '/k.js', '/l/']);
  });

  it('reads attributes double-quoted, single-quoted and unquoted, and decodes entities', () => {
    const dir = site({ 'index.html': `<a href="/one/">1</a><a href='/two/'>2</a><a href=/three/>3</a><a href="/four/?a=1&amp;b=2">4</a>` });
    expect(checkLinks(dir).broken.map((b) => b.href)).toEqual(['/one/', '/two/', '/three/', '/four/?a=1&b=2']);
  });

  it('does not read attributes of other elements that merely end in href or src', () => {
    const dir = site({
      'index.html': '<div data-href="/nowhere/" data-src="/nowhere.png">x</div><object data="/present.svg"></object>',
      'present.svg': '<svg/>',
    });
    expect(checkLinks(dir)).toEqual({ pages: 1, links: 1, broken: [] });
  });

  it('takes fragments to ids and <a name>, never to <meta name> or a form field’s name', () => {
    const dir = site({
      'index.html': '<a href="/t/#top-id">a</a><a href="/t/#old-anchor">b</a><a href="/t/#description">c</a><a href="/t/#q">d</a>',
      't/index.html': '<meta name="description" content="x"><h2 id=top-id>T</h2><a name="old-anchor"></a><input name="q">',
    });
    expect(checkLinks(dir).broken).toEqual([
      { from: 'index.html', href: '/t/#description', reason: 'missing-anchor' },
      { from: 'index.html', href: '/t/#q', reason: 'missing-anchor' },
    ]);
  });

  it('splits a srcset as browsers do, commas inside a URL kept', () => {
    expect(srcsetUrls('a.png 1x,b.png 2x')).toEqual(['a.png', 'b.png']);
    expect(srcsetUrls('  /img,1.png 640w , /img,2.png 1280w ')).toEqual(['/img,1.png', '/img,2.png']);
    expect(srcsetUrls('x.png, y.png')).toEqual(['x.png', 'y.png']);
  });
});
