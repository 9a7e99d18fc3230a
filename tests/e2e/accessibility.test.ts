/**
 * WCAG 2.1 AA: axe-core finds no violation on any page template, in both languages and both
 * editions (the internal one adds its edition banner, visibly marked redactions and the note
 * withheld from the public edition, with its classification banner). The search pages are
 * scanned with Pagefind's UI loaded, and again with results on screen.
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
} from './helpers.ts';

let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowser();
});
afterAll(async () => {
  await session?.close();
});

describe('the list of templates', () => {
  it('covers every page of dist/ that is not an entry of a section', () => {
    // A new page (/en/something/) must be added to templatePages() in helpers.ts, so that it is
    // scanned here and checked for JavaScript in navigation.test.ts.
    const listed = new Set(templatePages('public').map((t) => t.path));
    const sections = new Set(['forums', 'organizations', 'funding', 'notes', 'organisations', 'financement']);
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

for (const edition of ['public', 'internal'] as Edition[]) {
  describe(`axe WCAG 2.1 AA, ${edition} edition`, () => {
    for (const template of templatePages(edition)) {
      it(`${template.name}: ${template.path}`, async () => {
        const options: { status?: number; search?: boolean } = {};
        if (template.status !== undefined) options.status = template.status;
        if (template.search) options.search = true;
        const { url, violations } = await session.scanPage(siteUrl(template.path, edition), options);
        expect(violations, `axe violations on ${url}:\n\n${violations.join('\n\n')}\n`).toEqual([]);
      });
    }

    for (const [searchPath, query] of [
      ['/en/search/', 'migration'],
      ['/fr/recherche/', 'migration'],
    ] as const) {
      it(`search results: ${searchPath}?q=${query}`, async () => {
        const page: Page = await session.newPage();
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
