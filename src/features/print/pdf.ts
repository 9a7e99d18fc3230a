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
import { markingStrings } from '../../site/i18n/marking-strings.ts';
import { classifications, type Classification } from '../../schemas/classification.ts';
import { expectedPageLevels, markingProblems, type MarkedStart } from './print.ts';

export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

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

/**
 * The text in the top and bottom margins of each page of a PDF (the running header and footer),
 * from the words' positions (pdftotext -bbox): what is printed above and below the page's body.
 */
export function pdfMargins(file: string, margin = 56): { top: string; bottom: string }[] {
  const xml = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const decode = (text: string) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  return [...xml.matchAll(/<page width="[\d.]+" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, height, body]) => {
    const top: string[] = [];
    const bottom: string[] = [];
    for (const [, yMin, yMax, word] of body!.matchAll(
      /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g,
    )) {
      if (Number(yMax) <= margin) top.push(decode(word!));
      else if (Number(yMin) >= Number(height) - margin) bottom.push(decode(word!));
    }
    return { top: top.join(' '), bottom: bottom.join(' ') };
  });
}

/**
 * Puts a sentinel at the start of every marked part of the printable binder (cover, contents,
 * part tabs, entries), out of the flow, so that the first printing tells on which page each starts.
 * Returns the entries' keys and each marked part's level, by sentinel.
 */
function placeSentinels(): { keys: string[]; levels: [string, string][] } {
  const mark = (element: Element, text: string) => {
    const sentinel = document.createElement('span');
    sentinel.className = 'pdf-sentinel';
    sentinel.textContent = `@@${text}@@`;
    sentinel.style.cssText = 'position:absolute;font-size:2px;line-height:1;letter-spacing:0;word-spacing:0;text-transform:none;color:#fff';
    (element as HTMLElement).style.position = 'relative';
    element.prepend(sentinel);
  };
  // Entries, and the divider pages of the binder's parts: the contents give both their page.
  const keys = [...document.querySelectorAll('[data-print-entry], [data-print-part]')].map((article) => {
    const key = article.getAttribute('data-print-entry') ?? article.getAttribute('data-print-part')!;
    mark(article, key);
    return key;
  });
  const levels = [...document.querySelectorAll('[data-marking], [data-cover-marking]')].map((element, index): [string, string] => {
    mark(element, `#${index}`);
    return [`#${index}`, element.getAttribute('data-marking') ?? element.getAttribute('data-cover-marking') ?? ''];
  });
  return { keys, levels };
}

/**
 * Checks that every page of a printed binder carries, top and bottom, the marking of the most
 * sensitive part on it; throws (after deleting the PDF) if one does not: fail closed.
 */
function checkMarkings(output: string, lang: string, starts: MarkedStart[]): void {
  if (lang !== 'en' && lang !== 'fr') throw new Error(`the printable binder has no language Binder knows (lang="${lang}")`);
  const markings = markingStrings[lang].markings;
  const margins = pdfMargins(output);
  const problems = markingProblems(
    margins,
    expectedPageLevels(starts, margins.length).map((level) => markings[level]),
    Object.values(markings),
  );
  if (problems.length === 0) return;
  fs.rmSync(output, { force: true });
  throw new Error(
    `${path.basename(output)} is not marked as its content requires, so it was deleted: ${problems.slice(0, 10).join('; ')}${problems.length > 10 ? ` (and ${problems.length - 10} more)` : ''}`,
  );
}

export async function printBinder(browser: Browser, url: string, output: string): Promise<{ pages: number }> {
  const page = await browser.newPage();
  // The first printing is a draft, in a folder of its own removed with it.
  const drafts = fs.mkdtempSync(path.join(os.tmpdir(), 'binder-pdf-'));
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => document.fonts.ready);
    const options = { format: 'A4' as const, printBackground: true, preferCSSPageSize: true, tagged: true, outline: true };

    // First printing: a sentinel at the top of each marked part tells on which page it starts.
    const { keys, levels } = await page.evaluate(placeSentinels);
    if (levels.length === 0 || levels.some(([, level]) => level === ''))
      throw new Error(`${url} has no print markings: build the edition again with this version of Binder`);
    const draft = path.join(drafts, 'draft.pdf');
    await page.pdf({ ...options, path: draft });
    const texts = pdfPages(draft);
    const pageOf = new Map<string, number>();
    texts.forEach((text, index) => {
      for (const match of text.matchAll(/@@([^@\s]+)@@/g)) if (!pageOf.has(match[1]!)) pageOf.set(match[1]!, index + 1);
    });
    const missing = [...keys, ...levels.map(([sentinel]) => sentinel)].filter((k) => !pageOf.has(k));
    if (missing.length) throw new Error(`could not place ${missing.join(', ')} in the first printing`);

    // Second printing: the contents with page numbers, no sentinels.
    await page.evaluate(
      (numbers: [string, number][]) => {
        document.querySelectorAll('.pdf-sentinel').forEach((mark) => mark.remove());
        for (const [key, number] of numbers) {
          // The contents, and the Question Period notes table, both give a note's page.
          for (const slot of document.querySelectorAll(`[data-toc-page="${key}"]`)) slot.textContent = String(number);
        }
      },
      [...pageOf],
    );
    await page.pdf({ ...options, path: output });
    const starts = levels.map(([sentinel, level]): MarkedStart => ({ page: pageOf.get(sentinel)!, level: knownLevel(level) }));
    checkMarkings(output, await page.evaluate(() => document.documentElement.lang), starts);
    return { pages: pdfPages(output).length };
  } finally {
    await page.close();
    fs.rmSync(drafts, { recursive: true, force: true });
  }
}

/** A level read from the page; one Binder does not know is taken for the highest, never the lowest. */
function knownLevel(level: string): Classification {
  return (classifications as readonly string[]).includes(level) ? (level as Classification) : classifications[classifications.length - 1]!;
}
