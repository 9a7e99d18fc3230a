/**
 * The demo binder in content/, built in both editions into a temporary directory.
 * - Every redacted passage and withheld entry of the sources is absent from the public output
 *   (found by this test's own reading of the sources, independent of Binder's audit), and
 *   present, marked, in the internal output.
 * - Both languages: every page has its twin, every language toggle and hreflang target exists.
 * - Content pages load no JavaScript; the search page loads Pagefind only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { build, projectRoot, readTree, tempWorkdir } from './helpers.ts';
import { checkLinks } from '../../src/lib/link-check.ts';

const content = path.join(projectRoot, 'content');
const workdir = tempWorkdir('demo');
let publicTree: Map<string, string>;
let internalTree: Map<string, string>;

const text = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
const flat = (s: string) => ` ${s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/** The secrets of the demo binder, read here with a regular expression and a YAML parser. */
function secrets() {
  const passages: { origin: string; text: string }[] = [];
  let publicSource = '';
  const withheldIds: string[] = [];
  const files = fs.readdirSync(content, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  for (const d of files.filter((f) => f.name.endsWith('.yaml'))) {
    const data = parse(fs.readFileSync(path.join(d.parentPath, d.name), 'utf8'));
    const origin = path.join(path.basename(d.parentPath), d.name);
    if (data.classification && data.classification !== 'unclassified') {
      withheldIds.push(`${path.basename(d.parentPath)}/${d.name.replace('.yaml', '')}`);
      for (const key of ['title', 'name', 'summary']) for (const v of Object.values(data[key] ?? {})) passages.push({ origin, text: String(v) });
      continue;
    }
    const walk = (value: unknown, top: boolean): void => {
      if (Array.isArray(value)) value.forEach((v) => walk(v, false));
      else if (value && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        if (!top && 'redact' in record) {
          JSON.stringify(record['value']).replace(/"([^"]{12,})"/g, (_, s: string) => (passages.push({ origin, text: s }), ''));
          return;
        }
        for (const v of Object.values(record)) walk(v, false);
      } else if (typeof value === 'string') publicSource += ` ${value}`;
    };
    walk(data, true);
  }
  for (const d of files.filter((f) => f.name.endsWith('.mdx'))) {
    const source = fs.readFileSync(path.join(d.parentPath, d.name), 'utf8');
    const id = `${path.basename(d.parentPath)}/${d.name.replace(/\.(en|fr)\.mdx$/, '')}`;
    const origin = path.join(path.basename(d.parentPath), d.name);
    if (withheldIds.includes(id)) {
      for (const line of source.split('\n')) if (line.trim().length > 20) passages.push({ origin, text: line });
      continue;
    }
    publicSource += ` ${source.replace(/<Redact\b[^>]*>[\s\S]*?<\/Redact>/g, ' ')}`;
    for (const m of source.matchAll(/<Redact\b[^>]*>([\s\S]*?)<\/Redact>/g)) passages.push({ origin, text: m[1]!.replace(/<[^>]+>/g, ' ') });
  }
  return { passages, withheldIds, publicSource: flat(publicSource) };
}

/** Six-word runs of a passage that the public sources do not also contain. */
function distinctiveRuns(passage: string, publicSource: string): string[] {
  const words = flat(passage).trim().split(' ');
  const runs: string[] = [];
  for (let i = 0; i + 6 <= words.length; i++) {
    const run = ` ${words.slice(i, i + 6).join(' ')} `;
    if (!publicSource.includes(run)) runs.push(run);
  }
  return runs;
}

beforeAll(() => {
  const internal = build({ content, workdir, edition: 'internal' });
  if (internal.status !== 0) throw new Error(internal.stderr);
  const pub = build({ content, workdir });
  if (pub.status !== 0) throw new Error(pub.stderr);
  publicTree = readTree(path.join(workdir, 'dist'));
  internalTree = readTree(path.join(workdir, 'dist-internal'));
});

describe('the demo binder', () => {
  const { passages, withheldIds, publicSource } = secrets();

  it('has redacted passages, redacted fields and a withheld entry to test', () => {
    expect(passages.length).toBeGreaterThan(20);
    expect(withheldIds).toContain('notes/removals-engagement-plans');
  });

  it('leaks none of them into any public file', () => {
    const output = [...publicTree.entries()].map(([file, body]) => [file, flat(text(body))] as const);
    const leaks: string[] = [];
    for (const passage of passages) {
      for (const run of distinctiveRuns(passage.text, publicSource)) {
        for (const [file, body] of output) if (body.includes(run)) leaks.push(`${passage.origin} →${run}← in ${file}`);
      }
    }
    expect(leaks).toEqual([]);
    for (const id of withheldIds) {
      const slug = id.split('/')[1]!;
      expect([...publicTree.keys()].filter((f) => f.includes(slug))).toEqual([]);
      expect([...publicTree.values()].filter((body) => body.includes(slug))).toEqual([]);
    }
  });

  it('shows every one of them, marked, in the internal edition', () => {
    const output = flat([...internalTree.values()].map(text).join(' '));
    // Markup around a passage (a nested passage's basis label, a <Ref> rendered as a name) can
    // break some runs; each passage must still be there by at least one of its runs.
    const missing = passages.filter((p) => {
      const runs = distinctiveRuns(p.text, publicSource);
      return runs.length > 0 && !runs.some((run) => output.includes(run));
    });
    expect(missing.map((p) => p.origin)).toEqual([]);
  });
});

describe('both languages', () => {
  const pages = () => [...publicTree.keys()].filter((f) => /^(en|fr)\/.*index\.html$/.test(f));

  it('has every page in English and French', () => {
    const en = pages().filter((f) => f.startsWith('en/')).length;
    const fr = pages().filter((f) => f.startsWith('fr/')).length;
    expect(en).toBeGreaterThan(30);
    expect(fr).toBe(en);
  });

  it('leads every language toggle and hreflang alternate to a page that exists', () => {
    const broken: string[] = [];
    for (const file of pages()) {
      const html = publicTree.get(file)!;
      const toggle = /<a class="lang-toggle" href="([^"]+)"/.exec(html)?.[1];
      const targets = [toggle, ...[...html.matchAll(/hreflang="(?:en|fr)" href="https:\/\/[^/]+([^"]+)"/g)].map((m) => m[1])];
      for (const target of targets) {
        if (!target || !publicTree.has(`${target.replace(/^\//, '')}index.html`)) broken.push(`${file} → ${target}`);
      }
      const lang = file.slice(0, 2);
      expect(html).toContain(`<html lang="${lang}">`);
    }
    expect(broken).toEqual([]);
  });

  it('shows French markers and formats on French pages', () => {
    const fr = publicTree.get('fr/forums/fcm/index.html')!;
    expect(fr).toContain('[CAVIARDÉ]');
    expect(fr).not.toContain('[REDACTED]');
    expect(fr).not.toMatch(/Date modified|Skip to main content|Search</);
    expect(text(publicTree.get('fr/index.html')!)).toContain('165\u00a0000\u00a0$');
    expect(text(publicTree.get('en/index.html')!)).toContain('$165,000');
  });
});

describe('links', () => {
  it('resolve, anchors included, in both editions', () => {
    expect(checkLinks(path.join(workdir, 'dist'), '/', 'https://binder.example.gc.ca').broken).toEqual([]);
    expect(checkLinks(path.join(workdir, 'dist-internal'), '/', 'https://binder.example.gc.ca').broken).toEqual([]);
  });
});

describe('JavaScript', () => {
  it('is loaded by no page but the search pages, which load Pagefind only', () => {
    const withScripts = [...publicTree.entries()].filter(([f, html]) => f.endsWith('.html') && /<script/i.test(html)).map(([f]) => f);
    expect(withScripts.sort()).toEqual(['en/search/index.html', 'fr/recherche/index.html']);
    const sources = [...publicTree.get('en/search/index.html')!.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toEqual(['/pagefind/pagefind-ui.js']);
  });
});
