/**
 * `npm run pdf [-- --edition public|internal]`: writes the binder as PDF for each language of
 * the built editions into dist-pdf/ (binder-public-en.pdf, binder-internal-fr.pdf, …), with the
 * system Chromium. The public PDFs are audited like the site: their text is extracted (pdftotext)
 * and scanned for every redacted passage and withheld entry; a hit deletes the PDF and fails.
 * Every PDF's pages are checked to carry, top and bottom, the marking of the most sensitive entry
 * on them (the cover and contents, the highest in the edition); one that does not is deleted too.
 * Build the editions first (npm run build, npm run build:internal).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { flag } from '../src/build/args.ts';
import { green, red } from '../src/build/report.ts';
import { startStaticServer } from '../src/tooling/static-server.ts';
import { chromiumFlags, chromiumPath, pdfPages, printBinder } from '../src/features/print/pdf.ts';
import { editionPaths, sourcesDir, type Edition } from '../src/redaction/edition.ts';
import { readSiteSettings } from '../src/site/site-settings.ts';
import { pageSlugs } from '../src/core/routes.ts';
import { auditOutput } from '../src/audit/audit.ts';
import { displayPath } from '../src/diagnostics/diagnostic.ts';

const root = process.cwd();
const asked = flag('edition');
const editions: Edition[] = asked === 'internal' ? ['internal'] : asked === 'public' ? ['public'] : ['public', 'internal'];
const outDir = path.resolve(root, flag('out') || 'dist-pdf');
const { base } = readSiteSettings(root);
fs.mkdirSync(outDir, { recursive: true });

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags });
let failed = false;
try {
  for (const edition of editions) {
    const site = editionPaths(edition, root).out;
    if (!fs.existsSync(path.join(site, 'en', pageSlugs.en.print, 'index.html'))) {
      process.stderr.write(`${red('missing')} ${displayPath(site)}/: build the ${edition} edition first (npm run build${edition === 'internal' ? ':internal' : ''})\n`);
      failed = true;
      continue;
    }
    const server = await startStaticServer(site, base);
    try {
      for (const lang of ['en', 'fr'] as const) {
        const file = path.join(outDir, `binder-${edition}-${lang}.pdf`);
        let pages: number;
        try {
          ({ pages } = await printBinder(browser, `${server.url}${lang}/${pageSlugs[lang].print}/`, file));
        } catch (error) {
          // A PDF whose pages are not all marked as their content requires is deleted by printBinder.
          process.stderr.write(`${red('failed')} ${displayPath(file)}: ${error instanceof Error ? error.message : String(error)}\n`);
          failed = true;
          continue;
        }
        if (edition === 'public') {
          const textDir = fs.mkdtempSync(path.join(os.tmpdir(), 'binder-pdf-text-'));
          fs.writeFileSync(path.join(textDir, `${path.basename(file)}.txt`), pdfPages(file).join('\n'));
          const audit = auditOutput(sourcesDir(root), textDir);
          if (audit.hits.length) {
            for (const h of audit.hits) process.stderr.write(`${red('leak')}  ${displayPath(file)}: ${h.needle.kind} from ${h.needle.origin}\n`);
            fs.rmSync(file);
            failed = true;
            continue;
          }
        }
        process.stdout.write(`${green('✓')} ${displayPath(file)} (${pages} pages${edition === 'public' ? ', audited: no leak' : ''})\n`);
      }
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
