/**
 * Search in a real browser, through Pagefind's UI: a word finds its page in each language, each
 * language searches its own index, and in the public edition nothing that was redacted (a
 * `<Redact>` passage, or a note withheld in full) can be found. The internal edition finds the
 * same words, which proves the public searches would have found them had they leaked.
 *
 * Each word is chosen because of where it appears in content/; `expectWordOnlyIn` re-checks that
 * at run time, so an edit to the demo binder that invalidates a word fails with a clear message
 * instead of making a test pass for the wrong reason.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { gotoPage, openBrowser, siteUrl, sitePath, waitForSearchUi, type BrowserSession, type Edition } from './helpers.ts';

let session: BrowserSession;
let page: Page | undefined;

beforeAll(async () => {
  session = await openBrowser();
});
afterAll(async () => {
  await session?.close();
});
afterEach(async () => {
  await page?.close();
  page = undefined;
});

// --- Where words appear in the sources ---------------------------------------------------------

const contentDir = path.resolve('content');
const redactElement = /<Redact\b[^>]*>[\s\S]*?<\/Redact>/g;
/** The note withheld in full from the public edition (classification protected-b, redact: …). */
const withheldNote = 'notes/removals-engagement-plans';

function contentFiles(): string[] {
  return fs
    .readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(mdx|md|ya?ml)$/.test(f))
    .map((f) => f.replace(/\\/g, '/'));
}

function wordPattern(word: string): RegExp {
  // Pagefind matches stems and prefixes, so look for any word that starts like this one.
  const stem = word.slice(0, Math.max(5, word.length - 3));
  return new RegExp(`(^|[^\\p{L}])${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu');
}

/**
 * Where a word's stem appears in content/, split into text a public page may show and text the
 * public edition must not have (inside <Redact>, or in the withheld note).
 */
function whereWordAppears(word: string): { visible: string[]; hidden: string[] } {
  const pattern = wordPattern(word);
  const visible: string[] = [];
  const hidden: string[] = [];
  for (const file of contentFiles()) {
    const text = fs.readFileSync(path.join(contentDir, file), 'utf8');
    if (file.startsWith(`${withheldNote}.`)) {
      if (pattern.test(text)) hidden.push(file);
      continue;
    }
    if (pattern.test(text.replace(redactElement, ' '))) visible.push(file);
    if ((text.match(redactElement) ?? []).some((passage) => pattern.test(passage))) hidden.push(file);
  }
  return { visible, hidden };
}

// --- Searching through the UI ------------------------------------------------------------------

/** Types a query into Pagefind's UI and returns the paths its results link to, once it is done. */
async function search(edition: Edition, searchPath: string, query: string): Promise<string[]> {
  page = await session.newPage();
  await gotoPage(page, siteUrl(searchPath, edition));
  await waitForSearchUi(page);
  await page.locator('.pagefind-ui__search-input').fill(query);
  // The message reads "Searching for X..." (or "Recherche de X en cours..."), then
  // "N results for X" / "No results for X" (or the French equivalents) when done.
  await page.waitForFunction(
    (q) => {
      const message = document.querySelector('#search .pagefind-ui__message')?.textContent?.trim() ?? '';
      return message.includes(q) && !message.endsWith('...') && !message.endsWith('…');
    },
    query,
    { timeout: 15_000 },
  );
  // Results render one by one as their fragments load; wait until no placeholder is left.
  await page.waitForFunction(
    () => document.querySelectorAll('#search .pagefind-ui__result .pagefind-ui__loading').length === 0,
    undefined,
    {
      timeout: 15_000,
    },
  );
  return page.locator('#search .pagefind-ui__result-link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
}

function pathsOf(urls: string[]): string[] {
  return [...new Set(urls.map(sitePath))];
}

/**
 * Pagefind's own API on the search page, as a second opinion that does not depend on the UI:
 * the number of results for the exact word (quoted), and the pages among the results of a plain
 * (typo-tolerant) search whose indexed text contains the word anyway.
 */
async function apiSearch(word: string): Promise<{ exact: number; leaking: string[] }> {
  if (!page) throw new Error('search() first');
  // A string, not a function: the test runner rewrites `import()` in this file's own code.
  const script = `(async () => {
    const word = ${JSON.stringify(word)};
    const bundle = document.getElementById('search')?.dataset.bundle ?? '/pagefind/';
    const pagefind = await import(bundle + 'pagefind.js');
    const exact = await pagefind.search('"' + word + '"');
    const plain = await pagefind.search(word);
    const data = await Promise.all(plain.results.map((r) => r.data()));
    const leaking = data.filter((d) => d.content.toLowerCase().includes(word.toLowerCase())).map((d) => d.url);
    return { exact: exact.results.length, leaking };
  })()`;
  return page.evaluate<{ exact: number; leaking: string[] }>(script);
}

// --- Tests -------------------------------------------------------------------------------------

describe('search finds pages in each language', () => {
  it('"Sherpa" (only on the FCM page and its sherpa\'s) finds the Five Country Ministerial in English', async () => {
    const where = whereWordAppears('Sherpa');
    const sherpa = 'people/dg-international-intergovernmental.yaml';
    expect(
      where.visible.filter((f) => !f.startsWith('forums/fcm.') && f !== sherpa),
      'precondition: "Sherpa" appears only in the FCM files and on the page of the FCM’s sherpa',
    ).toEqual([]);

    const results = pathsOf(await search('public', '/en/search/', 'Sherpa'));
    expect(results).toContain('/en/forums/fcm/');
    expect(results).toContain('/en/people/dg-international-intergovernmental/');
    expect(
      results.every((p) => p.startsWith('/en/')),
      `English search returned ${results.join(', ')}`,
    ).toBe(true);

    // A result is a link a reader can follow.
    await page!.locator('#search .pagefind-ui__result-link[href*="/en/forums/fcm/"]').first().click();
    await page!.waitForURL((url) => url.pathname === '/en/forums/fcm/');
  });

  it('"nourriture" (French text of the UNHCR page only) finds the French UNHCR page', async () => {
    const where = whereWordAppears('nourriture');
    expect(where.visible, 'precondition: "nourriture" appears only in stakeholders/unhcr.fr.mdx').toEqual(['stakeholders/unhcr.fr.mdx']);

    const results = pathsOf(await search('public', '/fr/recherche/', 'nourriture'));
    expect(results).toContain('/fr/organisations/unhcr/');
    expect(
      results.every((p) => p.startsWith('/fr/')),
      `French search returned ${results.join(', ')}`,
    ).toBe(true);
  });

  it('each language searches its own index: the French word finds nothing in English', async () => {
    // Quoted (exact search): unquoted, Pagefind's typo tolerance finds look-alike English words.
    expect(await search('public', '/en/search/', '"nourriture"')).toEqual([]);
  });
});

// --- The search page: the header form's query, filters, excerpts, controls ---------------------

/** Opens a search page with `?q=` as the header's search form sends it, and waits for its results. */
async function searchFromUrl(searchPath: string, query: string, edition: Edition = 'public'): Promise<Page> {
  page = await session.newPage();
  await gotoPage(page, `${siteUrl(searchPath, edition)}?${new URLSearchParams({ q: query }).toString()}`);
  await waitForSearchUi(page);
  await page.waitForFunction(() => {
    const message = document.querySelector('#search .pagefind-ui__message')?.textContent?.trim() ?? '';
    const loading = document.querySelectorAll('#search .pagefind-ui__result .pagefind-ui__loading').length;
    return /\d|^(No results|Aucun résultat)/.test(message) && !message.endsWith('…') && loading === 0;
  });
  return page;
}

const resultPaths = (p: Page) =>
  p.locator('#search .pagefind-ui__result-link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));

describe('the search page reads the header form’s query (?q=)', () => {
  for (const { searchPath, query, expected } of [
    { searchPath: '/en/search/', query: 'Sherpa', expected: '/en/forums/fcm/' },
    { searchPath: '/fr/recherche/', query: 'nourriture', expected: '/fr/organisations/unhcr/' },
  ]) {
    it(`runs "${query}" on load at ${searchPath}, shows it in the box, and lists ${expected}`, async () => {
      const p = await searchFromUrl(searchPath, query);
      expect(await p.locator('#search .pagefind-ui__search-input').inputValue()).toBe(query);
      expect(await resultPaths(p)).toContain(expected);
    });
  }

  it('is where the search form of a content page’s header lands, with its results', async () => {
    page = await session.newPage();
    await gotoPage(page, siteUrl('/fr/forums/igc/'));
    const field = page.locator('input[name="q"]:not(#search *)');
    expect(await field.count(), 'precondition: the page has one search field named q outside the search page’s UI').toBe(1);
    await field.fill('nourriture');
    await field.press('Enter');
    await page.waitForURL((url) => url.pathname === '/fr/recherche/' && url.searchParams.get('q') === 'nourriture');
    await page.locator('#search .pagefind-ui__result-link[href*="/fr/organisations/unhcr/"]').first().waitFor({ timeout: 15_000 });
  });

  it('finds nothing for a redacted word sent from the header form in the public edition', async () => {
    expect(whereWordAppears('counsel').visible, 'precondition: "counsel" is only in redacted text').toEqual([]);
    expect(await resultPaths(await searchFromUrl('/en/search/', '"counsel"'))).toEqual([]);
    expect(await resultPaths(await searchFromUrl('/en/search/', '"counsel"', 'internal'))).toContain(
      '/en/notes/fpt-international-relations/',
    );
  });

  it('says without JavaScript that search needs it', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    try {
      const noScript = await context.newPage();
      await gotoPage(noScript, `${siteUrl('/fr/recherche/')}?q=asile`);
      await expect(noScript.locator('main').innerText()).resolves.toContain('La recherche nécessite JavaScript');
    } finally {
      await context.close();
    }
  });
});

describe('filters read in the page’s language', () => {
  /** Each filter's heading and its values (without counts), once every filter is open. */
  async function filters(p: Page): Promise<Record<string, string[]>> {
    await p.locator('#search .pagefind-ui__filter-name').first().waitFor();
    return p
      .locator('#search .pagefind-ui__filter-block')
      .evaluateAll((blocks) =>
        Object.fromEntries(
          blocks.map((b) => [
            b.querySelector('summary')?.textContent?.trim() ?? '',
            [...b.querySelectorAll('label')].map((l) => (l.textContent ?? '').replace(/\s*\(\d+\)$/, '').trim()),
          ]),
        ),
      );
  }

  it('in French: "Sujet" and "Type de page", with French topics and page types', async () => {
    const found = await filters(await searchFromUrl('/fr/recherche/', 'migration'));
    expect(Object.keys(found).sort()).toEqual(['Sujet', 'Type de page']);
    expect(found['Sujet']).toEqual(expect.arrayContaining(['Renvois', 'Parlement', 'Groupe des cinq', 'Renforcement des capacités']));
    expect(found['Type de page']).toEqual(expect.arrayContaining(['Forums', 'Organisations', 'Notes d’information']));
    // No vocabulary slug ("five-eyes", "capacity-building") and no English label is offered.
    const values = Object.values(found).flat();
    expect(values.filter((v) => /^[a-z0-9-]+$/.test(v) || ['Removals', 'Parliament', 'Five Eyes'].includes(v))).toEqual([]);
  });

  it('in English: "Topic" and "Page type", with English labels', async () => {
    const found = await filters(await searchFromUrl('/en/search/', 'migration'));
    expect(Object.keys(found).sort()).toEqual(['Page type', 'Topic']);
    expect(found['Topic']).toEqual(expect.arrayContaining(['Removals', 'Parliament', 'Five Eyes', 'Capacity building']));
  });

  it('narrows the results to a topic when its label is chosen', async () => {
    const p = await searchFromUrl('/fr/recherche/', 'migration');
    await p.locator('#search .pagefind-ui__filter-name', { hasText: 'Sujet' }).click();
    await p.locator('#search .pagefind-ui__filter-label', { hasText: /^Parlement \(/ }).click();
    // The message changes first; the results list follows as fragments load.
    await p.waitForFunction(
      () =>
        /^1 résultat/.test(document.querySelector('#search .pagefind-ui__message')?.textContent ?? '') &&
        document.querySelectorAll('#search .pagefind-ui__result').length === 1 &&
        document.querySelectorAll('#search .pagefind-ui__loading').length === 0,
    );
    expect([...new Set(await resultPaths(p))]).toEqual(['/fr/notes/pacp-removals-cooperation/']);
  });
});

describe('excerpts and controls', () => {
  it('keeps a table row’s cells apart in what Pagefind indexed (no "PurposeAmount")', async () => {
    const p = await searchFromUrl('/en/search/', 'Purpose');
    const headers = await (async () => {
      const entry = await session.newPage();
      await gotoPage(entry, siteUrl('/en/organizations/iom/'));
      const cells = await entry.locator('main table').first().locator('th').allInnerTexts();
      await entry.close();
      return cells.map((c) => c.trim());
    })();
    expect(headers.length, 'precondition: the IOM page has a table with headers').toBeGreaterThan(1);
    const script = `(async () => {
      const pagefind = await import(document.getElementById('search').dataset.bundle + 'pagefind.js');
      const found = await pagefind.search(${JSON.stringify(headers[0])});
      const data = await Promise.all(found.results.map((r) => r.data()));
      return data.find((d) => d.url === '/en/organizations/iom/')?.content ?? '';
    })()`;
    const content = await p.evaluate<string>(script);
    expect(content).toContain(headers.join(' '));
    expect(content).not.toContain(headers.join(''));
    const excerpts = await p.locator('#search .pagefind-ui__result-excerpt').allInnerTexts();
    expect(excerpts.filter((e) => /[a-zé](Purpose|Amount|Recipient|Program)\b/.test(e))).toEqual([]);
  });

  it('shows "Effacer" as a labelled button at least 44 px high, and every filter value as a 44 px target', async () => {
    const p = await searchFromUrl('/fr/recherche/', 'asile');
    const clear = p.locator('#search .pagefind-ui__search-clear');
    expect(await clear.innerText()).toBe('Effacer');
    const box = await clear.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.width).toBeGreaterThanOrEqual(44);
    await p.locator('#search .pagefind-ui__filter-name').first().click();
    const rows = await p
      .locator('#search .pagefind-ui__filter-value')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    expect(rows.length).toBeGreaterThan(0);
    expect(Math.min(...rows)).toBeGreaterThanOrEqual(44);
    await clear.click();
    expect(await p.locator('#search .pagefind-ui__search-input').inputValue()).toBe('');
  });
});

/**
 * Words that exist in the sources only where the public edition must not show them. Each is
 * searched in the public edition (no result, through the UI and through Pagefind's API) and in
 * the internal edition (found, on the expected page).
 */
const hiddenWords: { word: string; why: string; searchPath: string; internalPage: string }[] = [
  {
    word: 'counsel',
    why: 'inside a <Redact> passage of the FPT relations note (en)',
    searchPath: '/en/search/',
    internalPage: '/en/notes/fpt-international-relations/',
  },
  {
    word: 'advising',
    why: 'inside a <Redact> passage of the FCM forum page (en)',
    searchPath: '/en/search/',
    internalPage: '/en/forums/fcm/',
  },
  {
    word: 'unchanged',
    why: 'only in the withheld removals engagement plans note (en)',
    searchPath: '/en/search/',
    internalPage: '/en/notes/removals-engagement-plans/',
  },
  {
    word: 'annulation',
    why: 'inside a <Redact> passage of the FPT relations note (fr)',
    searchPath: '/fr/recherche/',
    internalPage: '/fr/notes/fpt-international-relations/',
  },
  {
    word: 'démonstration',
    why: 'only in the withheld removals engagement plans note (fr)',
    searchPath: '/fr/recherche/',
    internalPage: '/fr/notes/removals-engagement-plans/',
  },
];

describe('redacted text cannot be found in the public edition', () => {
  for (const { word, why, searchPath, internalPage } of hiddenWords) {
    it(`"${word}" (${why}) has no result in the public edition`, async () => {
      const where = whereWordAppears(word);
      expect(where.visible, `precondition: "${word}" must appear only in redacted or withheld text; pick another word`).toEqual([]);
      expect(where.hidden.length, `precondition: "${word}" must appear in redacted or withheld text`).toBeGreaterThan(0);

      // Quoted: Pagefind's exact search. Unquoted, Pagefind 1.6 tolerates typos and returns
      // look-alike words ("council" for "counsel"), which says nothing about a leak.
      expect(await search('public', searchPath, `"${word}"`)).toEqual([]);
      expect(await apiSearch(word)).toEqual({ exact: 0, leaking: [] });
    });

    it(`"${word}" is found in the internal edition, on ${internalPage}`, async () => {
      const results = pathsOf(await search('internal', searchPath, `"${word}"`));
      expect(results).toContain(internalPage);
      const api = await apiSearch(word);
      expect(api.exact).toBeGreaterThan(0);
      expect(api.leaking.map((u) => new URL(u, 'http://x').pathname)).toContain(internalPage);
    });
  }
});
