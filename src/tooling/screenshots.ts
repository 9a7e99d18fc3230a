/**
 * `npm run screenshots [-- --out DIR] [--pdf DIR]`: the README's pictures of the demo binder,
 * taken from what is built (it builds nothing): the home page, a briefing note and the calendar
 * of the public edition in English and French, as the first screen of a 1280 px window
 * (1280 × 900), and a page of each language's public PDF beside its cover, rendered with
 * pdftoppm. Written to src/guides/screenshots/ as PNGs of a few hundred kilobytes at most.
 * Build first: npm run build, then npm run pdf -- --edition public.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parseCommand } from '../build/args.ts';
import { green, red } from '../build/report.ts';
import { startStaticServer } from './static-server.ts';
import { chromiumFlags, chromiumPath } from '../features/print/pdf.ts';
import { pdfFileName } from '../features/print/pdf-links.ts';
import { editionPaths } from '../redaction/edition.ts';
import { readSiteSettings } from '../site/site-settings.ts';
import { pageSlugs, sectionSlugs } from '../core/routes.ts';
import { displayPath } from '../diagnostics/diagnostic.ts';
import type { Lang } from '../schemas/localized.ts';

export const screenshotsCommand = {
  name: 'npm run screenshots',
  takes: '--out DIR and --pdf DIR',
  options: { out: { type: 'string' }, pdf: { type: 'string' } },
} as const;

/** The window: a laptop's width, and the height of what it shows before any scrolling. */
export const screen = { width: 1280, height: 900 } as const;
/** The demo's note with key messages, If-pressed questions and a redaction in the public edition. */
export const demoNote = 'pacp-removals-cooperation';
/** The PDF pages shown: the cover, and the first page of the binder's own text after the contents. */
const pdfPagesShown = (pageCount: number) => [1, Math.min(pageCount, 4)];

/** The site pages pictured, by file name (without .png) and path under the site's base. */
export function screenshotPages(lang: Lang): { name: string; path: string }[] {
  return [
    { name: `home-${lang}`, path: `${lang}/` },
    { name: `note-${lang}`, path: `${lang}/${sectionSlugs[lang].notes}/${demoNote}/` },
    { name: `calendar-${lang}`, path: `${lang}/${pageSlugs[lang].calendar}/` },
  ];
}

export async function screenshotsMain(argv: string[]): Promise<number> {
  const { values } = parseCommand(screenshotsCommand, argv);
  const root = process.cwd();
  const out = path.resolve(root, values.out || 'src/guides/screenshots');
  const pdfDir = path.resolve(root, values.pdf || 'dist-pdf');
  const site = editionPaths('public', root).out;
  if (!fs.existsSync(path.join(site, 'en', 'index.html'))) {
    process.stderr.write(`${red('missing')} ${displayPath(site)}/: build the public edition first (npm run build)\n`);
    return 1;
  }
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags });
  const written: string[] = [];
  let missingPdf = false;
  try {
    const page = await browser.newPage({ viewport: screen, deviceScaleFactor: 1, locale: 'en-CA', reducedMotion: 'reduce' });
    written.push(...(await siteShots(page, site, root, out)));
    for (const lang of ['en', 'fr'] as const) {
      const pdf = path.join(pdfDir, pdfFileName('public', lang));
      if (!fs.existsSync(pdf)) {
        process.stderr.write(`${red('missing')} ${displayPath(pdf)}: print the public edition first (npm run pdf -- --edition public)\n`);
        missingPdf = true;
        continue;
      }
      written.push(await pdfShot(browser, pdf, path.join(out, `pdf-${lang}.png`)));
    }
  } finally {
    await browser.close();
  }
  for (const file of written)
    process.stdout.write(`${green('✓')} ${displayPath(file)} (${Math.round(fs.statSync(file).size / 1024)} KB)\n`);
  return missingPdf ? 1 : 0;
}

/** The first screen of each site page, in both languages, served as static hosting would. */
async function siteShots(page: Page, site: string, root: string, out: string): Promise<string[]> {
  const server = await startStaticServer(site, readSiteSettings(root).base);
  const written: string[] = [];
  try {
    for (const lang of ['en', 'fr'] as const) {
      for (const shot of screenshotPages(lang)) {
        const response = await page.goto(`${server.url}${shot.path}`, { waitUntil: 'load' });
        if (response?.status() !== 200) throw new Error(`${shot.path} answered ${response?.status() ?? 'nothing'}`);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const file = path.join(out, `${shot.name}.png`);
        await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
        written.push(file);
      }
    }
  } finally {
    await server.close();
  }
  return written;
}

/**
 * Two pages of a PDF side by side on a grey desk, as a 1280 × 900 picture: each page rendered
 * by pdftoppm at the picture's height, then laid out and photographed by the browser.
 */
async function pdfShot(browser: Browser, pdf: string, file: string): Promise<string> {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'binder-screenshots-'));
  try {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pageCount = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? '1');
    const images = pdfPagesShown(pageCount).map((n) => {
      const prefix = path.join(temp, `page-${n}`);
      execFileSync('pdftoppm', [
        '-png',
        '-singlefile',
        '-f',
        String(n),
        '-l',
        String(n),
        '-scale-to-y',
        '820',
        '-scale-to-x',
        '-1',
        pdf,
        prefix,
      ]);
      return `data:image/png;base64,${fs.readFileSync(`${prefix}.png`).toString('base64')}`;
    });
    const page = await browser.newPage({ viewport: screen, deviceScaleFactor: 1 });
    const sheets = images.map((src) => `<img src="${src}" alt="">`).join('');
    await page.setContent(
      `<!doctype html><html lang="en"><title>PDF</title><style>body{margin:0;height:100vh;display:flex;gap:40px;align-items:center;justify-content:center;background:#5c5c5c}img{height:820px;box-shadow:0 4px 16px rgb(0 0 0 / 40%)}</style>${sheets}</html>`,
    );
    await page.screenshot({ path: file });
    await page.close();
    return file;
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}
