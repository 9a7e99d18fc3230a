/**
 * Shared helpers for the browser tests: the system Chromium via playwright-core (never a
 * downloaded browser), the URLs of the two editions served by global-setup.ts, the list of page
 * templates, and an axe-core scan that reports violations in a form someone can act on.
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';
import { inject } from 'vitest';
import { editionPaths } from '../../src/redaction/edition.ts';

export type Edition = 'public' | 'internal';

/** The built edition's folder: dist/ and dist-internal/, or under BINDER_WORKDIR when it is set. */
export function editionDir(edition: Edition): string {
  return editionPaths(edition).out;
}

/** Base URL of an edition, with a trailing slash. */
export function baseUrl(edition: Edition = 'public'): string {
  return edition === 'public' ? inject('publicUrl') : inject('internalUrl');
}

/** Absolute URL of a site path ("/en/forums/") in an edition. */
export function siteUrl(sitePath: string, edition: Edition = 'public'): string {
  return new URL(sitePath.replace(/^\//, ''), baseUrl(edition)).href;
}

/** The site path ("/en/forums/igc/") of an absolute URL, without query or hash. */
export function sitePath(url: string): string {
  return new URL(url).pathname;
}

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches the system Chromium (CHROMIUM_PATH, or /usr/bin/chromium). One per test file. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
  try {
    return await chromium.launch({ executablePath, args: chromiumArgs });
  } catch (error) {
    throw new Error(
      `Could not start Chromium at ${executablePath} (set CHROMIUM_PATH, or apt-get install chromium): ${(error as Error).message}`,
      { cause: error },
    );
  }
}

/** How a page is seen: the viewport's width (1280 unless said) and the colour scheme (light unless said). */
export interface Viewing {
  width?: number;
  colorScheme?: 'light' | 'dark';
}

/** A browser context with a fixed viewport, locale and colour scheme, so results do not depend on the machine. */
export async function newContext(browser: Browser, viewing: Viewing = {}): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: viewing.width ?? 1280, height: 900 },
    locale: 'en-CA',
    reducedMotion: 'reduce',
    colorScheme: viewing.colorScheme ?? 'light',
  });
}

export interface TemplatePage {
  /** What the page stands for, used in test names: "forum entry (fr)". */
  name: string;
  path: string;
  /** Set when the page is expected to answer with another status than 200. */
  status?: number;
  /** The search pages, which are allowed Pagefind's scripts. */
  search?: boolean;
}

/**
 * One page of every template, in both languages. The internal edition adds the note that is
 * withheld in full from the public one (it has a classification banner).
 */
export function templatePages(edition: Edition): TemplatePage[] {
  const pages: TemplatePage[] = [
    { name: 'language chooser (/)', path: '/' },
    { name: 'home (en)', path: '/en/' },
    { name: 'home (fr)', path: '/fr/' },
    { name: 'forums index (en)', path: '/en/forums/' },
    { name: 'forums index (fr)', path: '/fr/forums/' },
    { name: 'organizations index (en)', path: '/en/organizations/' },
    { name: 'organisations index (fr)', path: '/fr/organisations/' },
    { name: 'funding index (en)', path: '/en/funding/' },
    { name: 'funding index (fr)', path: '/fr/financement/' },
    { name: 'notes index (en)', path: '/en/notes/' },
    { name: 'notes index (fr)', path: '/fr/notes/' },
    { name: 'forum entry (en)', path: '/en/forums/igc/' },
    { name: 'forum entry (fr)', path: '/fr/forums/igc/' },
    { name: 'forum entry with redactions (en)', path: '/en/forums/fcm/' },
    { name: 'forum entry with redactions (fr)', path: '/fr/forums/fcm/' },
    { name: 'organization entry (en)', path: '/en/organizations/iom/' },
    { name: 'organisation entry (fr)', path: '/fr/organisations/iom/' },
    { name: 'funding program entry (en)', path: '/en/funding/imcbp/' },
    { name: 'funding program entry (fr)', path: '/fr/financement/imcbp/' },
    { name: 'people index (en)', path: '/en/people/' },
    { name: 'people index (fr)', path: '/fr/personnes/' },
    { name: 'person entry (en)', path: '/en/people/dg-international-intergovernmental/' },
    { name: 'person entry (fr)', path: '/fr/personnes/dg-international-intergovernmental/' },
    { name: 'committee appearance (en)', path: '/en/notes/pacp-removals-cooperation/' },
    { name: 'committee appearance (fr)', path: '/fr/notes/pacp-removals-cooperation/' },
    { name: 'QP note (en)', path: '/en/notes/qp-mexico-visa/' },
    { name: 'QP note (fr)', path: '/fr/notes/qp-mexico-visa/' },
    { name: 'letter (en)', path: '/en/notes/federal-quebec-letter/' },
    { name: 'letter (fr)', path: '/fr/notes/federal-quebec-letter/' },
    { name: 'key issues (en)', path: '/en/notes/key-issues-removals/' },
    { name: 'key issues (fr)', path: '/fr/notes/key-issues-removals/' },
    { name: 'QP notes (en)', path: '/en/qp-notes/' },
    { name: 'QP notes (fr)', path: '/fr/notes-periode-questions/' },
    { name: 'note (en)', path: '/en/notes/international-overview/' },
    { name: 'note (fr)', path: '/fr/notes/international-overview/' },
    { name: 'search (en)', path: '/en/search/', search: true },
    { name: 'search (fr)', path: '/fr/recherche/', search: true },
    { name: 'redaction register (en)', path: '/en/redactions/' },
    { name: 'redaction register (fr)', path: '/fr/caviardages/' },
    { name: 'calendar (en)', path: '/en/calendar/' },
    { name: 'calendar (fr)', path: '/fr/calendrier/' },
    { name: 'funding at a glance (en)', path: '/en/funding-at-a-glance/' },
    { name: 'funding at a glance (fr)', path: '/fr/financement-en-bref/' },
    { name: 'legislation (en)', path: '/en/legislation/' },
    { name: 'legislation (fr)', path: '/fr/lois/' },
    { name: 'glossary (en)', path: '/en/glossary/' },
    { name: 'glossary (fr)', path: '/fr/glossaire/' },
    { name: 'relationship map (en)', path: '/en/relationships/' },
    { name: 'relationship map (fr)', path: '/fr/relations/' },
    { name: 'printable binder (en)', path: '/en/print/' },
    { name: 'printable binder (fr)', path: '/fr/impression/' },
    { name: '404 page', path: '/404.html' },
    { name: 'missing page (404)', path: '/en/no-such-page/', status: 404 },
  ];
  if (edition === 'internal') {
    pages.push(
      { name: 'withheld note, internal only (en)', path: '/en/notes/removals-engagement-plans/' },
      { name: 'withheld note, internal only (fr)', path: '/fr/notes/removals-engagement-plans/' },
    );
  }
  return pages;
}

/** Loads a page and fails with a clear message if the status is not the expected one. */
export async function gotoPage(page: Page, url: string, status = 200, waitUntil: 'load' | 'domcontentloaded' = 'load'): Promise<void> {
  const response = await page.goto(url, { waitUntil });
  if (!response) throw new Error(`No response for ${url}`);
  if (response.status() !== status) throw new Error(`${url} answered ${response.status()}, expected ${status}`);
}

/** Records the scripts a page requests (by URL) while it loads. */
export function recordScriptRequests(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request: Request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  return scripts;
}

/** Waits until Pagefind's UI has replaced the empty #search element with its search box. */
export async function waitForSearchUi(page: Page): Promise<void> {
  await page.locator('#search .pagefind-ui__search-input').waitFor({ state: 'visible', timeout: 15_000 });
}

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The violations of one axe scan, formatted one string per rule (with every failing node). */
export interface ScanResult {
  url: string;
  violations: string[];
}

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

export function formatViolations(violations: AxeResults['violations']): string[] {
  return violations.map((v) => {
    const nodes = v.nodes.map((node) => {
      const target = node.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' | ');
      const summary = (node.failureSummary ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .reduce((text, line) => (text ? `${text}${text.endsWith(':') ? ' ' : '; '}${line}` : line), '');
      const html = node.html.length > 160 ? `${node.html.slice(0, 157)}...` : node.html;
      return `    - ${target}\n      ${summary}\n      html: ${html}`;
    });
    return `${v.id} [${v.impact ?? 'unknown impact'}] ${v.help}\n    ${v.helpUrl}\n${nodes.join('\n')}`;
  });
}

/** Runs axe (WCAG 2.0/2.1 A and AA) on a loaded page. */
export async function scanLoadedPage(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  return formatViolations(results.violations);
}

/**
 * A browser for one test file (one viewport and colour scheme), with a `scanPage(url)` that opens the page in a fresh tab, waits
 * for fonts (and for Pagefind's UI on search pages), runs axe and returns readable violations.
 */
export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  newPage(): Promise<Page>;
  scanPage(url: string, options?: { status?: number; search?: boolean }): Promise<ScanResult>;
  close(): Promise<void>;
}

export async function openBrowser(viewing: Viewing = {}): Promise<BrowserSession> {
  const browser = await launchBrowser();
  const context = await newContext(browser, viewing);
  return {
    browser,
    context,
    newPage: () => context.newPage(),
    async scanPage(url, options = {}) {
      const page = await context.newPage();
      try {
        await gotoPage(page, url, options.status ?? 200);
        if (options.search) await waitForSearchUi(page);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        return { url, violations: await scanLoadedPage(page) };
      } finally {
        await page.close();
      }
    },
    async close() {
      await context.close();
      await browser.close();
    },
  };
}
