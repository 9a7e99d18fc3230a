/**
 * WCAG 2.1 AA: axe-core finds no violation on any page template, in both languages and both
 * editions (the internal one adds its edition banner, visibly marked redactions and the note
 * withheld from the public edition, with its classification banner). The search pages are
 * scanned with Pagefind's UI loaded, and again with results on screen.
 *
 * Each template is scanned as a phone (390 px: the folded menu, the folded "On this page",
 * tables in their scroll regions) and a desktop (1280 px) sees it, in the light and in the dark
 * scheme (prefers-color-scheme: dark). 320 px is not scanned again: it has the phone's layout
 * and elements (the same media queries apply below 40rem), and what it adds, reflow without
 * sideways scrolling, is what tests/e2e/responsive.test.ts checks at 320 and 390 px.
 *
 * Every built page's <title> is plain text (no markup shown in the tab) and every page loads the
 * self-hosted fonts, the 404 and the bilingual root included.
 *
 * A failure lists each rule broken, its impact, help link, and every failing element's selector,
 * the reason and its HTML, so it can be fixed in the template or stylesheet it comes from.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  editionDir,
  gotoPage,
  openBrowser,
  scanLoadedPage,
  siteUrl,
  templatePages,
  waitForSearchUi,
  type BrowserSession,
  type Edition,
  type Viewing,
} from './helpers.ts';

/** The ways each template is scanned (see above for why dark is scanned at one width). */
const viewings: Required<Viewing>[] = [
  { width: 1280, colorScheme: 'light' },
  { width: 390, colorScheme: 'light' },
  { width: 1280, colorScheme: 'dark' },
  { width: 390, colorScheme: 'dark' },
];
const sessions = new Map<string, BrowserSession>();
const key = (v: Required<Viewing>) => `${v.width} px, ${v.colorScheme}`;

beforeAll(async () => {
  for (const viewing of viewings) sessions.set(key(viewing), await openBrowser(viewing));
});
afterAll(async () => {
  for (const session of sessions.values()) await session.close();
});

describe('the list of templates', () => {
  it('covers every page of dist/ that is not an entry of a section', () => {
    // A new page (/en/something/) must be added to templatePages() in helpers.ts, so that it is
    // scanned here and checked for JavaScript in navigation.test.ts.
    const listed = new Set(templatePages('public').map((t) => t.path));
    const sections = new Set(['forums', 'organizations', 'funding', 'notes', 'people', 'organisations', 'financement', 'personnes']);
    const missing: string[] = [];
    for (const lang of ['en', 'fr']) {
      const dir = path.join(editionDir('public'), lang);
      for (const name of fs.readdirSync(dir)) {
        if (!fs.existsSync(path.join(dir, name, 'index.html'))) continue;
        const pagePath = `/${lang}/${name}/`;
        if (!listed.has(pagePath)) missing.push(pagePath);
        if (sections.has(name) && !templatePages('public').some((t) => t.path.startsWith(pagePath) && t.path !== pagePath)) {
          missing.push(`${pagePath}<entry>`);
        }
      }
    }
    expect(missing, 'pages with no entry in templatePages() (tests/e2e/helpers.ts)').toEqual([]);
  });
});

for (const viewing of viewings) {
  for (const edition of ['public', 'internal'] as Edition[]) {
    describe(`axe WCAG 2.1 AA, ${edition} edition, ${key(viewing)}`, () => {
      const session = () => sessions.get(key(viewing))!;
      for (const template of templatePages(edition)) {
        it(`${template.name}: ${template.path}`, async () => {
          const options: { status?: number; search?: boolean } = {};
          if (template.status !== undefined) options.status = template.status;
          if (template.search) options.search = true;
          const { url, violations } = await session().scanPage(siteUrl(template.path, edition), options);
          expect(violations, `axe violations on ${url}:\n\n${violations.join('\n\n')}\n`).toEqual([]);
        });
      }

      for (const [searchPath, query] of [
        ['/en/search/', 'migration'],
        ['/fr/recherche/', 'migration'],
      ] as const) {
        it(`search results: ${searchPath}?q=${query}`, async () => {
          const page: Page = await session().newPage();
          try {
            await gotoPage(page, `${siteUrl(searchPath, edition)}?q=${encodeURIComponent(query)}`);
            await waitForSearchUi(page);
            await page.locator('#search .pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
            await page.waitForFunction(() => document.querySelectorAll('#search .pagefind-ui__loading').length === 0, undefined, {
              timeout: 15_000,
            });
            await page.evaluate(() => document.fonts.ready.then(() => undefined));
            const violations = await scanLoadedPage(page);
            expect(violations, `axe violations on ${page.url()}:\n\n${violations.join('\n\n')}\n`).toEqual([]);
          } finally {
            await page.close();
          }
        });
      }
    });
  }
}

describe('every built page', () => {
  const pages = (edition: Edition) =>
    fs
      .readdirSync(editionDir(edition), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && d.name.endsWith('.html') && !d.parentPath.includes('pagefind'))
      .map((d) => path.join(d.parentPath, d.name));

  for (const edition of ['public', 'internal'] as Edition[]) {
    it(`has a plain-text <title> and loads Lato and Noto Sans (${edition} edition)`, () => {
      const problems: string[] = [];
      const fontsIn = new Map<string, boolean>();
      for (const file of pages(edition)) {
        const html = fs.readFileSync(file, 'utf8');
        const where = path.relative(editionDir(edition), file);
        const title = /<title>([\s\S]*?)<\/title>/.exec(html)?.[1];
        if (title === undefined) problems.push(`${where}: no <title>`);
        else if (title.includes('<')) problems.push(`${where}: markup in <title>: ${title}`);
        const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!);
        const loadsFonts = sheets.some((href) => {
          if (!fontsIn.has(href)) {
            const css = fs.readFileSync(path.join(editionDir(edition), new URL(href, 'http://x/').pathname), 'utf8');
            fontsIn.set(href, /font-family:\s*['"]?Lato/.test(css) && /font-family:\s*['"]?Noto Sans/.test(css));
          }
          return fontsIn.get(href);
        });
        if (!loadsFonts && !/^(sitemap|robots)/.test(where)) problems.push(`${where}: no stylesheet with Lato and Noto Sans`);
      }
      expect(problems).toEqual([]);
    });
  }
});
