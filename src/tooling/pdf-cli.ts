/**
 * `npm run pdf [-- --edition public|internal] [--out dist-pdf]`: writes the binder as PDF for
 * each language of the built editions into dist-pdf/ (binder-public-en.pdf, binder-internal-fr.pdf,
 * …), with the system Chromium, and copies each into its edition's output as
 * /binder-<edition>-<lang>.pdf, filling the links of the home and printable pages
 * (features/print/pdf-links.ts). The public PDFs are audited like the site: their text is
 * extracted (pdftotext) and scanned for every redacted passage and withheld entry; a hit deletes
 * the PDF and fails, and is reported by place as the build's audit reports it (never the secret).
 * Every PDF's pages are checked to carry, top and bottom, the marking of the most sensitive entry
 * on them (the cover and contents, the highest in the edition); one that does not is deleted too.
 * Build the editions first (npm run build, npm run build:internal).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { editionValue, parseCommand } from '../build/args.ts';
import { green, red } from '../build/report.ts';
import { startStaticServer } from './static-server.ts';
import { chromiumFlags, chromiumPath, pdfPages, printBinder } from '../features/print/pdf.ts';
import { pdfFileName, publishPdfs } from '../features/print/pdf-links.ts';
import type { Lang } from '../schemas/localized.ts';
import { editionPaths, sourcesDir, type Edition } from '../redaction/edition.ts';
import { readSiteSettings } from '../site/site-settings.ts';
import { pageSlugs } from '../core/routes.ts';
import { auditOutput } from '../audit/audit.ts';
import { formatHits } from '../audit/report.ts';
import { displayPath } from '../diagnostics/diagnostic.ts';

export const pdfCommand = {
  name: 'npm run pdf',
  takes: '--edition public|internal and --out DIR',
  options: { edition: { type: 'string' }, out: { type: 'string' } },
} as const;

export async function pdfMain(argv: string[]): Promise<number> {
  const { values } = parseCommand(pdfCommand, argv);
  const asked = editionValue(values.edition);
  const editions: Edition[] = asked ? [asked] : ['public', 'internal'];
  const root = process.cwd();
  const outDir = path.resolve(root, values.out || 'dist-pdf');
  fs.mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags });
  let failed = false;
  try {
    for (const edition of editions) if (!(await printEdition(browser, edition, root, outDir))) failed = true;
  } finally {
    await browser.close();
  }
  return failed ? 1 : 0;
}

/** Both languages of one built edition; false when any PDF failed (or the edition is not built). */
async function printEdition(browser: Browser, edition: Edition, root: string, outDir: string): Promise<boolean> {
  const site = editionPaths(edition, root).out;
  if (!fs.existsSync(path.join(site, 'en', pageSlugs.en.print, 'index.html'))) {
    process.stderr.write(
      `${red('missing')} ${displayPath(site)}/: build the ${edition} edition first (npm run build${edition === 'internal' ? ':internal' : ''})\n`,
    );
    return false;
  }
  const { base } = readSiteSettings(root);
  const server = await startStaticServer(site, base);
  const printed: Lang[] = [];
  try {
    for (const lang of ['en', 'fr'] as const) {
      const file = path.join(outDir, pdfFileName(edition, lang));
      if (await printLanguage(browser, `${server.url}${lang}/${pageSlugs[lang].print}/`, file, edition, root)) printed.push(lang);
    }
  } finally {
    await server.close();
  }
  // The site serves what was printed (and audited) at /binder-<edition>-<lang>.pdf, and its home
  // and printable pages link to it: a site printed gets links, a site only built has none.
  const links = publishPdfs(site, base, edition, outDir, printed);
  if (links.length)
    process.stdout.write(`${green('✓')} ${displayPath(site)}/ serves and links to ${links.map((l) => l.href).join(', ')}\n`);
  return printed.length === 2;
}

/** One PDF, printed, checked for its markings and (public) audited; false, and no PDF, when it failed. */
async function printLanguage(browser: Browser, url: string, file: string, edition: Edition, root: string): Promise<boolean> {
  let pages: number;
  try {
    ({ pages } = await printBinder(browser, url, file));
  } catch (error) {
    // A PDF whose pages are not all marked as their content requires is deleted by printBinder.
    process.stderr.write(`${red('failed')} ${displayPath(file)}: ${error instanceof Error ? error.message : String(error)}\n`);
    return false;
  }
  if (edition === 'public') {
    const leaks = auditPdf(file, root);
    if (leaks.length) {
      for (const line of leaks) process.stderr.write(`${red('leak')}  ${line}\n`);
      fs.rmSync(file);
      return false;
    }
  }
  process.stdout.write(`${green('✓')} ${displayPath(file)} (${pages} pages${edition === 'public' ? ', audited: no leak' : ''})\n`);
  return true;
}

/**
 * The audit of a public PDF's text, as log lines safe to publish: where the editor wrote what
 * leaked, and the PDF, never the secret (audit/report.ts). The text is scanned under the PDF's
 * own name, so the lines name the PDF, not a temporary file.
 */
export function auditPdf(file: string, root: string, text: string = pdfPages(file).join('\n')): string[] {
  const textDir = fs.mkdtempSync(path.join(os.tmpdir(), 'binder-pdf-text-'));
  try {
    fs.writeFileSync(path.join(textDir, path.basename(file)), text);
    return formatHits(auditOutput(sourcesDir(root), textDir).hits, displayPath(path.dirname(file), root));
  } finally {
    fs.rmSync(textDir, { recursive: true, force: true });
  }
}
