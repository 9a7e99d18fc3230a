/**
 * "On this page" and the ids it links to, on the canary binder: in the public edition neither the
 * lists nor any id of any page carries a canary (a redacted heading, a heading that is only a
 * marker, a question inside a redacted passage); in the internal edition the lists name the
 * internal headings. Every link of every list lands on an element of its page, and no page has
 * an id twice.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, projectRoot, readTree, tempWorkdir, type BuildResult } from './helpers.ts';

const content = path.join(projectRoot, 'tests/fixtures/canary/content');
const workdir = tempWorkdir('contents');
let builds: BuildResult[];
let publicPages: Map<string, string>;
let internalPages: Map<string, string>;

/**
 * What the public edition must not carry: every canary word the sources hide (as canary.test.ts
 * collects them: each sits behind a redaction) and the id of every entry withheld whole (a
 * top-level `redact:` in its YAML). Public entries may have "canary" in their id (canary-contact).
 */
const secrets = (() => {
  const found = new Set<string>();
  for (const d of fs.readdirSync(content, { recursive: true, withFileTypes: true })) {
    if (!d.isFile() || !/\.(ya?ml|mdx)$/.test(d.name)) continue;
    const text = fs.readFileSync(path.join(d.parentPath, d.name), 'utf8');
    for (const m of text.matchAll(/canary[a-z]+/gi)) found.add(m[0].toLowerCase());
    if (/\.ya?ml$/.test(d.name) && /^redact:/m.test(text)) found.add(d.name.replace(/\.ya?ml$/, '').toLowerCase());
  }
  return [...found];
})();

const pagesOf = (dir: string) => new Map([...readTree(path.join(workdir, dir))].filter(([file]) => file.endsWith('.html')));

beforeAll(() => {
  builds = [build({ content, workdir, edition: 'internal' }), build({ content, workdir })];
  publicPages = pagesOf('dist');
  internalPages = pagesOf('dist-internal');
});

/** The "On this page" lists of a page (the sidebar's and the one under the title). */
function contentsLists(html: string): string[] {
  return [...html.matchAll(/<(nav|details) class="on-this-page[^"]*"[\s\S]*?<\/\1>/g)].map((m) => m[0]);
}

const ids = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
const links = (list: string) => [...list.matchAll(/href="#([^"]*)"/g)].map((m) => decodeURIComponent(m[1]!));
const texts = (list: string) =>
  [...list.matchAll(/<a href="#[^"]*">([^<]*)<\/a>/g)].map((m) => m[1]!.replace(/&#39;/g, "'").replace(/&amp;/g, '&'));

describe('On this page, on the canary binder', () => {
  it('builds both editions', () => {
    for (const result of builds) expect(result.status, result.stderr).toBe(0);
  });

  it('lists a long note’s sections and questions in both languages, with ids from public text', () => {
    const en = contentsLists(publicPages.get('en/notes/public-note/index.html')!);
    expect(en).toHaveLength(2);
    expect(texts(en[0]!)).toEqual([
      'Key messages',
      'If pressed on the withheld plan',
      'Plans for [REDACTED]',
      // A question that is only a marker gets the If-pressed label in front (if-pressed.ts).
      'If pressed: [REDACTED]',
      'Related entries',
    ]);
    expect(links(en[0]!)).toEqual(['key-messages', 'if-pressed-on-the-withheld-plan', 'plans-for-', 'if-pressed-2', 'related-entries']);
    expect(links(en[1]!)).toEqual(links(en[0]!));
    const fr = contentsLists(publicPages.get('fr/notes/public-note/index.html')!);
    expect(texts(fr[0]!)).toEqual([
      'Messages clés',
      "Si l'on insiste sur le plan retenu",
      'Plans pour [CAVIARDÉ]',
      'Si l’on insiste\u00a0: [CAVIARDÉ]',
      'Entrées connexes',
    ]);
    expect(fr[0]).toContain('aria-labelledby="on-this-page-aside"');
    expect(fr[0]).toContain('Sur cette page');
  });

  it('carries no canary in any list or any id of the public edition', () => {
    expect(secrets).toEqual(expect.arrayContaining(['canarypartheadingen', 'canaryquestionen', 'canary-withheld', 'canary-withheld-qp']));
    expect(secrets).toContain('canary-withheld-person');
    const leaks: string[] = [];
    for (const [file, html] of publicPages) {
      for (const text of [...contentsLists(html), ...ids(html)]) {
        const lower = text.toLowerCase();
        for (const secret of secrets) if (lower.includes(secret)) leaks.push(`${file}: ${secret} in ${text.slice(0, 80)}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('names the internal headings and questions in the internal edition', () => {
    const note = contentsLists(internalPages.get('en/notes/public-note/index.html')!)[0]!;
    expect(texts(note)).toEqual(
      expect.arrayContaining(['Plans for Canarypartheadingen', 'Canarywholeheadingen', 'If pressed on Canaryquestionen']),
    );
    const forum = contentsLists(internalPages.get('fr/forums/alpha/index.html')!)[0]!;
    expect(texts(forum)).toEqual(expect.arrayContaining(['À propos du forum', 'Canaryheadingfr plans']));
  });

  it('links only to ids of the same page, and no page has an id twice', () => {
    const problems: string[] = [];
    for (const [edition, pages] of [
      ['public', publicPages],
      ['internal', internalPages],
    ] as const) {
      for (const [file, html] of pages) {
        const all = ids(html);
        const seen = new Set<string>();
        for (const id of all) if (seen.has(id) || !seen.add(id)) problems.push(`${edition} ${file}: id "${id}" twice`);
        for (const list of contentsLists(html))
          for (const id of links(list)) if (!seen.has(id)) problems.push(`${edition} ${file}: #${id} lands nowhere`);
      }
    }
    expect(problems).toEqual([]);
  });
});
