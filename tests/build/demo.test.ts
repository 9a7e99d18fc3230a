/**
 * The demo binder in content/, built in both editions into a temporary directory.
 * - Every redacted passage, redacted field value and withheld entry of the sources, however
 *   short and however withheld, is absent from the public output (found by this test's own
 *   reading of the sources, tests/build/demo-secrets.ts, independent of Binder's audit), and
 *   present, marked, in the internal output.
 * - Both languages: every page has its twin, every language toggle and hreflang target exists.
 * - Content pages load no JavaScript; the search page loads Pagefind only.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, projectRoot, readTree, tempWorkdir } from './helpers.ts';
import { checkLinks } from '../../src/tooling/link-check.ts';
import { decode, flat, forms, readable, readSecrets, type Secret } from './demo-secrets.ts';

const content = path.join(projectRoot, 'content');
const workdir = tempWorkdir('demo');
let publicTree: Map<string, string>;
let internalTree: Map<string, string>;

const text = (html: string) => decode(html.replace(/<[^>]*>/g, ' '));

/**
 * Secrets that are also written publicly elsewhere in the sources, so that finding them in the
 * public output proves nothing (a one-word country name redacted in one place and named in
 * another). Each is listed with its file and the reason; the test below fails if one is missing
 * from this list or listed without need.
 */
const publicElsewhere: { origin: string; text: string; why: string }[] = [
  {
    origin: 'notes/pacp-removals-cooperation.yaml',
    text: '1',
    why: 'the deadline of a withheld deliverable (daysBefore: 1): the number alone is on every page; its item is checked',
  },
];

beforeAll(() => {
  const internal = build({ content, workdir, edition: 'internal' });
  if (internal.status !== 0) throw new Error(internal.stderr);
  const pub = build({ content, workdir });
  if (pub.status !== 0) throw new Error(pub.stderr);
  publicTree = readTree(path.join(workdir, 'dist'));
  internalTree = readTree(path.join(workdir, 'dist-internal'));
});

describe('the demo binder', () => {
  const { secrets, withheldIds, publicSource } = readSecrets(content);
  const listed = (s: Secret) => publicElsewhere.some((e) => e.origin === s.origin && flat(e.text) === flat(s.text));
  /** The forms of a secret that the public sources do not also contain. */
  const distinctive = (s: Secret) => forms(s).filter((form) => !publicSource.includes(form));
  // Table rules and blank syntax lines of a withheld body hold no word: there is nothing to find.
  const checked = secrets.filter((s) => forms(s).length > 0 && !listed(s));

  it('has secrets of every kind to test, short ones included', () => {
    const kinds = (kind: Secret['kind']) => secrets.filter((s) => s.kind === kind);
    expect(kinds('passage').length).toBeGreaterThan(15);
    expect(kinds('field').length).toBeGreaterThan(5);
    expect(kinds('field').some((s) => s.printed)).toBe(true); // A withheld amount.
    expect(kinds('withheld').length).toBeGreaterThan(10);
    expect(checked.some((s) => flat(s.text).trim().split(' ').length < 6)).toBe(true);
    expect(withheldIds).toContain('notes/removals-engagement-plans');
  });

  it('lists exactly the secrets that are also public elsewhere, with the reason', () => {
    const unlisted = checked.filter((s) => distinctive(s).length === 0).map((s) => `${s.origin}: ${s.text}`);
    expect(unlisted).toEqual([]);
    const needless = publicElsewhere.filter((e) =>
      forms({ origin: e.origin, kind: 'passage', text: e.text }).some((form) => !publicSource.includes(form)),
    );
    expect(needless).toEqual([]);
    for (const e of publicElsewhere)
      expect(
        secrets.some((s) => s.origin === e.origin && flat(s.text) === flat(e.text)),
        e.origin,
      ).toBe(true);
  });

  it('leaks none of them into any public file, however short', () => {
    const output = [...publicTree.entries()].map(([file, body]) => [file, readable(body)] as const);
    const leaks: string[] = [];
    for (const secret of checked) {
      for (const form of distinctive(secret)) {
        for (const [file, body] of output) if (body.includes(form)) leaks.push(`${secret.origin} (${secret.kind}) →${form}← in ${file}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('names no withheld entry by its id in any public file name or file', () => {
    for (const id of withheldIds) {
      const slug = id.split('/')[1]!;
      expect([...publicTree.keys()].filter((f) => f.includes(slug))).toEqual([]);
      expect([...publicTree].filter(([, body]) => body.includes(slug)).map(([file]) => file)).toEqual([]);
    }
  });

  it('shows every one of them, marked, in the internal edition', () => {
    const output = [...internalTree.values()].map(readable).join('|');
    // Markup around a passage (a nested passage's basis label, a <Ref> rendered as a name) can
    // break some runs; each secret must still be there by at least one of its forms.
    const missing = checked.filter((s) => !distinctive(s).some((form) => output.includes(form)));
    expect(missing.map((s) => `${s.origin}: ${s.text}`)).toEqual([]);
    const slugs = withheldIds.map((id) => id.split('/')[1]!);
    expect(slugs.filter((slug) => ![...internalTree.keys()].some((f) => f.includes(slug)))).toEqual([]);
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
