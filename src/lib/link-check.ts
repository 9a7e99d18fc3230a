/**
 * Every internal link and anchor of a built site resolves: `href` and `src` of every HTML page,
 * the sitemap's `loc` lines, resolved against the base path to a file of the output, and every
 * `#fragment` to an element with that id on the target page. External links are not followed
 * (the build runs offline).
 */
import fs from 'node:fs';
import path from 'node:path';

export interface BrokenLink {
  /** The page that links, relative to the output directory. */
  from: string;
  href: string;
  reason: 'missing-file' | 'missing-anchor';
}

export function checkLinks(dir: string, base = '/', site?: string): { pages: number; links: number; broken: BrokenLink[] } {
  const files = fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'));
  const fileSet = new Set(files);
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      const html = fs.readFileSync(path.join(dir, file), 'utf8');
      set = new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));
      ids.set(file, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  let links = 0;
  let pages = 0;
  for (const file of files) {
    const isHtml = file.endsWith('.html');
    if (!isHtml && file !== 'sitemap.xml') continue;
    if (isHtml) pages++;
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const found = isHtml
      ? [...text.matchAll(/<(?:a|link|script|img|source|iframe)\b[^>]*?\s(?:href|src)="([^"]*)"/g)].map((m) => decodeEntities(m[1]!))
      : [...text.matchAll(/<loc>([^<]+)<\/loc>|href="([^"]+)"/g)].map((m) => decodeEntities((m[1] ?? m[2])!));
    const pageUrl = new URL(`${base}${file}`, 'http://site.invalid');
    for (const href of found) {
      if (/^(?:mailto|tel|data|javascript):/i.test(href)) continue;
      let target = href;
      if (site && target.startsWith(site)) target = target.slice(site.replace(/\/$/, '').length);
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(target)) continue; // External.
      links++;
      const url = new URL(target, pageUrl);
      let pathname = decodeURIComponent(url.pathname);
      // The 404 page is served for any path, so its links are written from the base.
      if (!pathname.startsWith(base)) {
        broken.push({ from: file, href, reason: 'missing-file' });
        continue;
      }
      pathname = pathname.slice(base.length);
      const candidates = pathname === '' || pathname.endsWith('/') ? [`${pathname}index.html`] : [pathname, `${pathname}/index.html`];
      const resolved = candidates.find((c) => fileSet.has(c));
      if (!resolved) {
        broken.push({ from: file, href, reason: 'missing-file' });
        continue;
      }
      const fragment = url.hash.slice(1);
      if (fragment && resolved.endsWith('.html') && !idsOf(resolved).has(decodeURIComponent(fragment))) {
        broken.push({ from: file, href, reason: 'missing-anchor' });
      }
    }
  }
  return { pages, links, broken };
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}
