/**
 * Links to the edition's PDFs, on the home page and the printable binder. The build cannot know
 * whether the PDFs will exist (`npm run pdf` prints them from the built site, afterwards), so it
 * writes an empty slot; `npm run pdf`, once a PDF is printed (and, in the public edition,
 * audited), copies it into the edition's output as /binder-<edition>-<lang>.pdf and fills the
 * slots with links to the PDFs that are there, with their sizes. A site built but not printed
 * shows no link, so it never links to a missing file; a site printed again gets its links
 * rewritten (the slot keeps its end marker).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Lang } from '../../schemas/localized.ts';
import { printStrings } from './strings.ts';

/** The empty slot a page's template writes (an HTML comment: invisible, kept by Astro). */
export const pdfLinksSlot = (lang: Lang) => `<!--binder:pdf-links ${lang}--><!--/binder:pdf-links-->`;

/** The file name of an edition's PDF in one language, in dist-pdf/ and at the root of the site. */
export const pdfFileName = (edition: string, lang: Lang) => `binder-${edition}-${lang}.pdf`;

export interface PdfLink {
  lang: Lang;
  /** The PDF's URL, with the base path ("/binder/binder-public-en.pdf"). */
  href: string;
  bytes: number;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The links, in the page's language, its own language's PDF first; empty without PDFs. */
export function pdfLinksHtml(lang: Lang, links: PdfLink[]): string {
  if (links.length === 0) return '';
  const strings = printStrings[lang];
  const ordered = [...links].sort((a, b) => Number(b.lang === lang) - Number(a.lang === lang));
  const items = ordered.map((link) => {
    const name = printStrings[link.lang].languageNames[link.lang];
    const size = strings.pdfSize(Math.max(0.1, Math.round(link.bytes / 100_000) / 10));
    const langAttr = link.lang === lang ? '' : ` lang="${link.lang}"`;
    return `<li><a href="${escape(link.href)}" hreflang="${link.lang}" type="application/pdf"><span${langAttr}>${name}</span> <span class="pdf-links__size">(${escape(size)})</span></a></li>`;
  });
  return `<div class="pdf-links"><p class="pdf-links__label">${escape(strings.pdfLinks)}</p><ul class="pdf-links__list">${items.join('')}</ul></div>`;
}

/** Fills (or refills) every PDF-links slot of a page; a page without a slot comes back as it was. */
export function fillPdfLinks(html: string, links: PdfLink[]): string {
  return html.replace(
    /<!--binder:pdf-links (en|fr)-->[\s\S]*?<!--\/binder:pdf-links-->/g,
    (_, lang: Lang) => `<!--binder:pdf-links ${lang}-->${pdfLinksHtml(lang, links)}<!--/binder:pdf-links-->`,
  );
}

/**
 * Puts the PDFs printed from a built edition (in `pdfDir`) at the root of its output directory
 * and fills the slots of its pages with links to them. A language whose PDF is not in `printed`
 * loses its copy in the site (a PDF that failed its checks was deleted; no stale copy may stay)
 * and its link. Returns the links written.
 */
export function publishPdfs(site: string, base: string, edition: string, pdfDir: string, printed: Lang[]): PdfLink[] {
  const links: PdfLink[] = [];
  for (const lang of ['en', 'fr'] as const) {
    const name = pdfFileName(edition, lang);
    const target = path.join(site, name);
    if (!printed.includes(lang)) {
      fs.rmSync(target, { force: true });
      continue;
    }
    fs.copyFileSync(path.join(pdfDir, name), target);
    links.push({ lang, href: `${base.replace(/\/?$/, '/')}${name}`, bytes: fs.statSync(target).size });
  }
  for (const entry of fs.readdirSync(site, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const html = fs.readFileSync(file, 'utf8');
    if (!html.includes('<!--binder:pdf-links')) continue;
    const filled = fillPdfLinks(html, links);
    if (filled !== html) fs.writeFileSync(file, filled);
  }
  return links;
}
