/**
 * The binder as a PDF, from the printable page (/en/print/, /fr/impression/) of a built edition,
 * printed by the system Chromium: tagged (accessible structure) with an outline (bookmarks from
 * the headings), running header and footer from CSS page-margin boxes, and a table of contents
 * with page numbers found in a first printing and filled in for the second.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';

export const chromiumFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((c) => fs.existsSync(c));
  if (!found) throw new Error('No Chromium found: install it (apt-get install -y chromium) or set CHROMIUM_PATH.');
  return found;
}

/** Text of each page of a PDF, with pdftotext (poppler-utils). */
export function pdfPages(file: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return text.split('\f').slice(0, -1);
}

export async function printBinder(browser: Browser, url: string, output: string): Promise<{ pages: number }> {
  const page = await browser.newPage();
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => document.fonts.ready);
    const options = { format: 'A4' as const, printBackground: true, preferCSSPageSize: true, tagged: true, outline: true };

    // First printing: a sentinel at the top of each entry, out of the flow, tells on which page it starts.
    const keys = await page.$$eval('[data-print-entry]', (articles) =>
      articles.map((article) => {
        const key = article.getAttribute('data-print-entry')!;
        const mark = document.createElement('span');
        mark.className = 'pdf-sentinel';
        mark.textContent = `@@${key}@@`;
        mark.style.cssText = 'position:absolute;font-size:2px;line-height:1;color:#fff';
        (article as HTMLElement).style.position = 'relative';
        article.prepend(mark);
        return key;
      }),
    );
    const draft = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'binder-pdf-')), 'draft.pdf');
    await page.pdf({ ...options, path: draft });
    const texts = pdfPages(draft);
    const pageOf = new Map<string, number>();
    texts.forEach((text, index) => {
      for (const match of text.matchAll(/@@([^@\s]+)@@/g)) if (!pageOf.has(match[1]!)) pageOf.set(match[1]!, index + 1);
    });
    const missing = keys.filter((k) => !pageOf.has(k));
    if (missing.length) throw new Error(`could not place ${missing.join(', ')} in the first printing`);

    // Second printing: the contents with page numbers, no sentinels.
    await page.evaluate((numbers: [string, number][]) => {
      document.querySelectorAll('.pdf-sentinel').forEach((mark) => mark.remove());
      for (const [key, number] of numbers) {
        const slot = document.querySelector(`[data-toc-page="${key}"]`);
        if (slot) slot.textContent = String(number);
      }
    }, [...pageOf]);
    await page.pdf({ ...options, path: output });
    return { pages: pdfPages(output).length };
  } finally {
    await page.close();
  }
}
