/**
 * Every internal link and anchor of a built site resolves: every URL-bearing attribute of every
 * HTML page (href, src, each srcset candidate, action, formaction, poster, cite, <object data>)
 * and the sitemap's locations, resolved against the base path to a file of the output, and every
 * `#fragment` to an element with that id (or an <a name>) on the target page. Pages are read by
 * an HTML parser, so attributes are found however they are quoted, and entities are decoded as a
 * browser decodes them. External links are not followed (the build runs offline).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

export interface BrokenLink {
  /** The page that links, relative to the output directory. */
  from: string;
  href: string;
  reason: 'missing-file' | 'missing-anchor';
}

/** Attributes whose value is one URL, by their property name in hast. */
const urlProperties = ['href', 'src', 'action', 'formAction', 'poster', 'cite'] as const;

/** Every element of a tree, <template> contents included. */
function* elements(node: Root | RootContent): Generator<Element> {
  if (node.type === 'element') {
    yield node;
    if (node.content) yield* elements(node.content);
  }
  if ('children' in node) for (const child of node.children) yield* elements(child);
}

/** The URLs of a srcset, as the HTML standard splits its candidates (a URL may hold commas). */
export function srcsetUrls(value: string): string[] {
  const urls: string[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && /[\s,]/.test(value[i]!)) i++;
    const start = i;
    while (i < value.length && !/\s/.test(value[i]!)) i++;
    let url = value.slice(start, i);
    if (url.endsWith(',')) url = url.replace(/,+$/, '');
    else {
      // Descriptors ("2x", "640w") run to the next comma outside parentheses.
      let depth = 0;
      for (; i < value.length && (value[i] !== ',' || depth > 0); i++) depth += value[i] === '(' ? 1 : value[i] === ')' ? -1 : 0;
    }
    if (url) urls.push(url);
  }
  return urls;
}

/** The URLs an element points at. */
export function urlsOf(element: Element): string[] {
  const props = element.properties;
  const urls: string[] = [];
  for (const name of urlProperties) if (typeof props[name] === 'string') urls.push(props[name]);
  if (typeof props['srcSet'] === 'string') urls.push(...srcsetUrls(props['srcSet']));
  if (element.tagName === 'object' && typeof props['data'] === 'string') urls.push(props['data']);
  return urls;
}

/** What a page links to and which fragments it offers. */
export function readPage(html: string): { urls: string[]; anchors: Set<string> } {
  const urls: string[] = [];
  const anchors = new Set<string>();
  for (const element of elements(fromHtml(html))) {
    urls.push(...urlsOf(element));
    const { id, name } = element.properties;
    if (typeof id === 'string') anchors.add(id);
    // <a name> is an anchor; <meta name>, <input name> and the like are not.
    if (element.tagName === 'a' && typeof name === 'string') anchors.add(name);
  }
  return { urls, anchors };
}

/** The sitemap's locations and its alternates' hrefs (read as HTML: unknown tags keep their text). */
function readSitemap(xml: string): string[] {
  const urls: string[] = [];
  for (const element of elements(fromHtml(xml, { fragment: true }))) {
    if (element.tagName === 'loc') urls.push(textOf(element).trim());
    else if (typeof element.properties['href'] === 'string') urls.push(element.properties['href']);
  }
  return urls;
}

function textOf(node: RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

function outputFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function checkLinks(dir: string, base = '/', site?: string): { pages: number; links: number; broken: BrokenLink[] } {
  const files = outputFiles(dir);
  const fileSet = new Set(files);
  const anchors = new Map<string, Set<string>>();
  const linksFrom = new Map<string, string[]>();
  for (const file of files) {
    if (file.endsWith('.html')) {
      const page = readPage(fs.readFileSync(path.join(dir, file), 'utf8'));
      anchors.set(file, page.anchors);
      linksFrom.set(file, page.urls);
    } else if (file === 'sitemap.xml') linksFrom.set(file, readSitemap(fs.readFileSync(path.join(dir, file), 'utf8')));
  }
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const [file, urls] of linksFrom) {
    const pageUrl = new URL(`${base}${file}`, 'http://site.invalid');
    for (const href of urls) {
      const reason = checkOne(href, { pageUrl, base, site, fileSet, anchors });
      if (reason === 'external') continue;
      links++;
      if (reason) broken.push({ from: file, href, reason });
    }
  }
  return { pages: anchors.size, links, broken };
}

interface Site {
  pageUrl: URL;
  base: string;
  site: string | undefined;
  fileSet: Set<string>;
  anchors: Map<string, Set<string>>;
}

/** Why one link is broken, 'external' when it is not ours to check, undefined when it resolves. */
function checkOne(href: string, s: Site): BrokenLink['reason'] | 'external' | undefined {
  if (/^(?:mailto|tel|data|javascript):/i.test(href)) return 'external';
  let target = href;
  if (s.site && target.startsWith(s.site)) target = target.slice(s.site.replace(/\/$/, '').length);
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(target)) return 'external';
  const url = new URL(target, s.pageUrl);
  let pathname = safeDecode(url.pathname);
  // The 404 page is served for any path, so its links are written from the base.
  if (!pathname.startsWith(s.base)) return 'missing-file';
  pathname = pathname.slice(s.base.length);
  const candidates = pathname === '' || pathname.endsWith('/') ? [`${pathname}index.html`] : [pathname, `${pathname}/index.html`];
  const resolved = candidates.find((c) => s.fileSet.has(c));
  if (!resolved) return 'missing-file';
  const fragment = url.hash.slice(1);
  if (fragment && resolved.endsWith('.html') && !s.anchors.get(resolved)?.has(safeDecode(fragment))) return 'missing-anchor';
  return undefined;
}
