/**
 * Navigation in a real browser: a reader's path through the binder (home → section → forum →
 * member organisation → back to the forum), the language toggle, the language chooser at `/`,
 * the 404 page, and the rule that content pages run no JavaScript at all (the search page loads
 * Pagefind's scripts only).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  editionDir,
  openBrowser,
  gotoPage,
  recordScriptRequests,
  siteUrl,
  sitePath,
  templatePages,
  waitForSearchUi,
  type BrowserSession,
  type Edition,
} from './helpers.ts';

let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await openBrowser();
});
afterAll(async () => {
  await session?.close();
});

async function freshPage(): Promise<Page> {
  page = await session.newPage();
  return page;
}
afterEach(async () => {
  await page?.close();
});

describe('a reader finds their way', () => {
  it('goes from the home page to a forum, to a member organisation and back', async () => {
    const p = await freshPage();
    await gotoPage(p, siteUrl('/en/'));

    // The section navigation leads to the forums index...
    const nav = p.locator('nav.site-nav');
    await nav.getByRole('link', { name: 'Forums', exact: true }).click();
    await p.waitForURL((url) => url.pathname === '/en/forums/');
    await expect(p.locator('nav.site-nav a[aria-current="true"]').textContent()).resolves.toBe('Forums');

    // ... which lists the IGC.
    await p.locator('main a[href$="/en/forums/igc/"]').first().click();
    await p.waitForURL((url) => url.pathname === '/en/forums/igc/');
    await expect(p.locator('h1').textContent()).resolves.toContain('Intergovernmental Consultations on Migration');

    // The forum's facts list its member organisations as links.
    const members = p.locator('dl.facts a[href*="/en/organizations/"]');
    const memberPaths = await members.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(memberPaths).toEqual(expect.arrayContaining(['/en/organizations/iom/', '/en/organizations/unhcr/']));

    await p.locator('dl.facts a[href$="/en/organizations/iom/"]').click();
    await p.waitForURL((url) => url.pathname === '/en/organizations/iom/');
    await expect(p.locator('h1').textContent()).resolves.toContain('International Organization for Migration');

    // The organisation lists the forums it belongs to (derived from the forum's members), and
    // the link leads back to the forum.
    const belongsTo = p.locator('dl.facts dt', { hasText: 'Forums it belongs to' });
    await expect(belongsTo.count()).resolves.toBe(1);
    const back = p.locator('dl.facts dt:has-text("Forums it belongs to") + dd a[href$="/en/forums/igc/"]');
    await expect(back.count()).resolves.toBe(1);
    await back.click();
    await p.waitForURL((url) => url.pathname === '/en/forums/igc/');
  });

  it('does the same in French', async () => {
    const p = await freshPage();
    await gotoPage(p, siteUrl('/fr/forums/igc/'));
    await p.locator('dl.facts a[href$="/fr/organisations/unhcr/"]').click();
    await p.waitForURL((url) => url.pathname === '/fr/organisations/unhcr/');
    const back = p.locator('dl.facts a[href$="/fr/forums/igc/"]');
    await expect(back.count()).resolves.toBeGreaterThan(0);
    await back.first().click();
    await p.waitForURL((url) => url.pathname === '/fr/forums/igc/');
    await expect(p.locator('html').getAttribute('lang')).resolves.toBe('fr');
  });
});

describe('language', () => {
  it('toggles from the French forum page to the English one and back', async () => {
    const p = await freshPage();
    await gotoPage(p, siteUrl('/fr/forums/igc/'));
    await expect(p.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await p.locator('a.lang-toggle').click();
    await p.waitForURL((url) => url.pathname === '/en/forums/igc/');
    await expect(p.locator('html').getAttribute('lang')).resolves.toBe('en');

    await p.locator('a.lang-toggle').click();
    await p.waitForURL((url) => url.pathname === '/fr/forums/igc/');
    await expect(p.locator('html').getAttribute('lang')).resolves.toBe('fr');
  });

  it('toggles between differently named sections (organizations / organisations)', async () => {
    const p = await freshPage();
    await gotoPage(p, siteUrl('/en/organizations/iom/'));
    await p.locator('a.lang-toggle').click();
    await p.waitForURL((url) => url.pathname === '/fr/organisations/iom/');
    await gotoPage(p, siteUrl('/fr/recherche/'));
    await p.locator('a.lang-toggle').click();
    await p.waitForURL((url) => url.pathname === '/en/search/');
  });

  for (const edition of ['public', 'internal'] as const) {
    it(`every language toggle in a sample of pages (${edition}) leads to a page that answers 200 and toggles back`, async () => {
      const p = await freshPage();
      const sample = templatePages(edition).filter((t) => t.path.startsWith('/en/') || t.path.startsWith('/fr/'));
      const problems: string[] = [];
      for (const { path: from, status } of sample) {
        if (status) continue; // the 404 page has no toggle
        await gotoPage(p, siteUrl(from, edition), 200, 'domcontentloaded');
        const href = await p.locator('a.lang-toggle').getAttribute('href');
        if (!href) {
          problems.push(`${from}: no a.lang-toggle`);
          continue;
        }
        const target = new URL(href, p.url()).href;
        const response = await p.goto(target, { waitUntil: 'domcontentloaded' });
        if (response?.status() !== 200) {
          problems.push(`${from}: toggle → ${sitePath(target)} answered ${response?.status()}`);
          continue;
        }
        const backHref = await p.locator('a.lang-toggle').getAttribute('href');
        const back = backHref ? sitePath(new URL(backHref, p.url()).href) : undefined;
        if (back !== from) problems.push(`${from}: toggle → ${sitePath(target)}, whose toggle leads to ${back}`);
      }
      expect(problems).toEqual([]);
    });
  }

  it('every page of both editions has a language toggle to a page of the same edition', () => {
    // A static check over the files, so every page is covered, not only the sample above.
    const problems: string[] = [];
    for (const edition of ['public', 'internal'] as const) {
      const root = editionDir(edition);
      const files = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html'));
      for (const file of files) {
        const pagePath = `/${file.replace(/\\/g, '/').replace(/index\.html$/, '')}`;
        if (pagePath === '/') continue; // the language chooser offers both languages instead
        const html = fs.readFileSync(path.join(root, file), 'utf8');
        const match = /<a\b[^>]*\bclass="lang-toggle"[^>]*>/.exec(html);
        const href = match ? /\bhref="([^"]+)"/.exec(match[0])?.[1] : undefined;
        if (!href) {
          problems.push(`${edition} ${pagePath}: no a.lang-toggle`);
          continue;
        }
        const target = new URL(href, `http://x${pagePath}`).pathname;
        const targetFile = path.join(root, decodeURIComponent(target), 'index.html');
        if (!target.endsWith('/') || !fs.existsSync(targetFile))
          problems.push(`${edition} ${pagePath}: toggle → ${target}, which does not exist`);
        else if (target.split('/')[1] === pagePath.split('/')[1])
          problems.push(`${edition} ${pagePath}: toggle → ${target} stays in the same language`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the root page offers both languages and links to /en/ and /fr/', async () => {
    const p = await freshPage();
    await gotoPage(p, siteUrl('/'));
    const hrefs = await p.locator('a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(hrefs).toEqual(expect.arrayContaining(['/en/', '/fr/']));
    await expect(p.getByRole('link', { name: 'English', exact: true }).count()).resolves.toBe(1);
    await expect(p.getByRole('link', { name: 'Français', exact: true }).count()).resolves.toBe(1);
    // The French half says it is French, for screen readers and hyphenation.
    const text = await p.locator('body').innerText();
    expect(text).toContain('Transition Binder');
    expect(text).toContain('Cahier de transition');
    await expect(p.locator('[lang="fr"]', { hasText: 'Cahier de transition' }).count()).resolves.toBeGreaterThan(0);

    await p.getByRole('link', { name: 'Français', exact: true }).click();
    await p.waitForURL((url) => url.pathname === '/fr/');
    await expect(p.locator('html').getAttribute('lang')).resolves.toBe('fr');
  });
});

describe('missing pages', () => {
  it('answer 404 with the bilingual not-found page', async () => {
    const p = await freshPage();
    await gotoPage(p, siteUrl('/en/forums/no-such-forum/'), 404);
    const text = await p.locator('body').innerText();
    expect(text).toContain('Page not found');
    expect(text).toContain('Page introuvable');
  });

  it('the withheld note does not exist in the public edition but does in the internal one', async () => {
    const p = await freshPage();
    await gotoPage(p, siteUrl('/en/notes/removals-engagement-plans/', 'public'), 404);
    await gotoPage(p, siteUrl('/fr/notes/removals-engagement-plans/', 'public'), 404);
    await gotoPage(p, siteUrl('/en/notes/removals-engagement-plans/', 'internal'), 200);
  });
});

describe('no client JavaScript on content pages', () => {
  for (const edition of ['public', 'internal'] as Edition[]) {
    for (const template of templatePages(edition)) {
      const url = () => siteUrl(template.path, edition);
      if (template.search) {
        it(`${template.name} (${edition}) loads Pagefind's scripts only`, async () => {
          const p = await freshPage();
          const scripts = recordScriptRequests(p);
          await gotoPage(p, url());
          await waitForSearchUi(p);
          expect(scripts.length).toBeGreaterThan(0);
          const foreign = scripts.filter((s) => !sitePath(s).startsWith('/pagefind/'));
          expect(foreign).toEqual([]);
          const external = await p
            .locator('script[src]')
            .evaluateAll((els) =>
              els.map((el) => new URL((el as HTMLScriptElement).src).pathname).filter((src) => !src.startsWith('/pagefind/')),
            );
          expect(external).toEqual([]);
        });
      } else {
        it(`${template.name} (${edition}) loads no JavaScript`, async () => {
          const p = await freshPage();
          const scripts = recordScriptRequests(p);
          // 'load' waits for every script the parser found; without one, nothing can add more.
          await gotoPage(p, url(), template.status ?? 200);
          expect(scripts).toEqual([]);
          const inDom = await p.locator('script').evaluateAll((els) => els.map((el) => el.outerHTML.slice(0, 200)));
          expect(inDom).toEqual([]);
          // No inline event handlers or javascript: links either.
          const handlers = await p.evaluate(() =>
            [...document.querySelectorAll('*')].flatMap((el) => [
              ...[...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName.toLowerCase()}[${a.name}]`),
              ...(el instanceof HTMLAnchorElement && el.href.startsWith('javascript:') ? [`a[href="${el.getAttribute('href')}"]`] : []),
            ]),
          );
          expect(handlers).toEqual([]);
        });
      }
    }
  }
});
