/**
 * Every template fits a phone: at 320 px (WCAG 2.1 SC 1.4.10 Reflow: 320 CSS pixels wide, no
 * scrolling in two dimensions) and 390 px (a current phone), in both editions and both languages,
 * the page itself never scrolls sideways. Wide content (tables, the relationship map's drawing)
 * scrolls inside its own focusable region instead. A failure names the elements that stick out, so
 * the template or stylesheet to fix is plain.
 *
 * On a phone a note's title is within the first screen: the header is compact and the section
 * navigation is folded into a "Menu" disclosure (<details>, no JavaScript).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gotoPage, launchBrowser, siteUrl, templatePages, type Edition } from './helpers.ts';
import type { Browser, BrowserContext } from 'playwright-core';

const widths = [320, 390] as const;

let browser: Browser;
const contexts = new Map<number, BrowserContext>();

beforeAll(async () => {
  browser = await launchBrowser();
  for (const width of widths) {
    contexts.set(width, await browser.newContext({ viewport: { width, height: 800 }, locale: 'en-CA', reducedMotion: 'reduce' }));
  }
});
afterAll(async () => {
  for (const context of contexts.values()) await context.close();
  await browser?.close();
});

/** The page's scroll width, and the elements whose right edge passes the viewport's (outermost first). */
async function overflow(page: Page): Promise<{ scrollWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const culprits: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const box = el.getBoundingClientRect();
      if (box.right <= width + 0.5 || box.width === 0) continue;
      // What scrolls inside its own region does not widen the page.
      if (el.parentElement?.closest('.table-scroll, [style*="overflow"], .map-scroll')) continue;
      // Only the outermost element that sticks out, not each of its descendants.
      const parent = el.parentElement;
      if (parent && parent !== document.body && parent.getBoundingClientRect().right > width + 0.5) continue;
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${Array.from(el.classList).join('.')}` : ''}`;
      culprits.push(`${name} (right edge at ${Math.round(box.right)} px)`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, culprits: culprits.slice(0, 8) };
  });
}

for (const edition of ['public', 'internal'] as Edition[]) {
  for (const width of widths) {
    describe(`no sideways scrolling at ${width} px, ${edition} edition`, () => {
      for (const template of templatePages(edition)) {
        it(`${template.name}: ${template.path}`, async () => {
          const page = await contexts.get(width)!.newPage();
          try {
            await gotoPage(page, siteUrl(template.path, edition), template.status ?? 200);
            await page.evaluate(() => document.fonts.ready.then(() => undefined));
            const { scrollWidth, culprits } = await overflow(page);
            expect(
              scrollWidth,
              `${template.path} is ${scrollWidth} px wide at ${width} px; wider than the screen:\n  ${culprits.join('\n  ')}`,
            ).toBeLessThanOrEqual(width);
          } finally {
            await page.close();
          }
        });
      }
    });
  }
}

describe('a phone shows a note’s title on the first screen', () => {
  for (const path of ['/en/notes/pacp-removals-cooperation/', '/fr/notes/pacp-removals-cooperation/']) {
    it(`${path} at 390 px`, async () => {
      const page = await contexts.get(390)!.newPage();
      try {
        await gotoPage(page, siteUrl(path));
        const title = await page.locator('main h1').first().boundingBox();
        expect(title, 'the note has an h1').not.toBeNull();
        // The whole title within the first 800 px screen, below a compact header.
        expect(title!.y + title!.height).toBeLessThan(800);
        // The sections are a folded "Menu" disclosure, closed until the reader opens it.
        const menu = page.locator('header details.site-menu');
        await expect(menu.count()).resolves.toBe(1);
        expect(await menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      } finally {
        await page.close();
      }
    });
  }
});
