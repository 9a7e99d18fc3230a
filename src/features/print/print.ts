/**
 * Helpers for the printable binder, where every entry of the binder shares one page.
 */
import fs from 'node:fs';
import path from 'node:path';
import { classifications, type Classification } from '../../schemas/classification.ts';
import { highestClassification, markingBoxes, markingPage } from '../../core/marking.ts';
import type { AnyEntry } from '../../site/store.ts';

/**
 * Markers around an entry's body on its own page, and the slot that stands for that body in the
 * printable binder until fillPrintBodies copies it in. HTML comments: invisible, and removed
 * from the printable binder when it is filled.
 */
export const printBody = {
  start: '<!--binder:body-->',
  end: '<!--/binder:body-->',
  /** `entryPath` is the entry page's path without the base path ("/en/forums/igc/"). */
  slot: (entryPath: string) => `<!--binder:body-of ${entryPath}-->`,
};

/**
 * Fills each body slot of a built printable binder with the body of that entry's page, read from
 * the output directory, so that every entry is rendered once. Throws if a page or its markers are
 * missing: a printable binder must never go out with an entry left empty.
 */
export function fillPrintBodies(html: string, outDir: string): string {
  return html.replace(/<!--binder:body-of (\/[^ ]*\/)-->/g, (_, entryPath: string) => {
    const file = path.join(outDir, ...entryPath.split('/').filter(Boolean), 'index.html');
    const page = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    const start = page.indexOf(printBody.start);
    const end = page.indexOf(printBody.end, start);
    if (start < 0 || end < 0)
      throw new Error(`The printable binder needs the body of ${entryPath}, which ${page ? 'has no body markers' : 'was not built'}.`);
    return page.slice(start + printBody.start.length, end);
  });
}

/**
 * The anchor of a part or an entry in the printable binder: `part-forums`, `forums--igc`; a part
 * of the binder's notes (binder.yaml `parts:`) is `part-notes--logistics`.
 */
export function printAnchor(collection: string, id?: string): string {
  return id === undefined ? `part-${collection}` : `${collection}--${id}`;
}

/** The anchor of the Question Period notes table in the printable binder (and its key for the PDF's page numbers). */
export const printQpAnchor = 'print-qp-notes';

/**
 * Where the printable binder puts the Question Period notes table: at the start of the part that
 * holds the first QP note (`index`, or -1 when there is none), in place of that part's list of
 * notes when it holds QP notes only (`replacesList`: the table lists them, with more).
 */
export function qpTablePlace(parts: readonly { entries: readonly AnyEntry[] }[]): { index: number; replacesList: boolean } {
  const isQp = (entry: AnyEntry) => entry.collection === 'notes' && entry.data.kind === 'qp-note';
  const index = parts.findIndex((part) => part.entries.some(isQp));
  return { index, replacesList: index >= 0 && parts[index]!.entries.every(isQp) };
}

/** A tab of the printable binder: a part of the notes, or a collection; its entries in order. */
export interface PrintPart {
  anchor: string;
  title: string;
  entries: AnyEntry[];
  /** A part of the binder's notes: its tab is a divider page of its own, listing its notes. */
  divider?: boolean;
}

/**
 * Prefixes the ids (and the same-page links, labels and ARIA references to them) inside each
 * `<article data-print-entry="KEY">` with `KEY--`, so that two entries' "overview" headings or
 * footnotes do not share an id. Works on the HTML string; elements outside articles are untouched.
 */
export function prefixPrintIds(html: string): string {
  return html.replace(
    /<article class="print-entry" data-print-entry="([^"]+)"([^>]*)>([\s\S]*?)<\/article>/g,
    (_, key: string, rest: string, inner: string) => {
      const prefix = `${key}--`;
      const own = (id: string) => id === key || id.startsWith(prefix);
      const fixed = inner
        .replace(/\s(id|for)="([^"]+)"/g, (m, attr: string, id: string) => (own(id) ? m : ` ${attr}="${prefix}${id}"`))
        .replace(/\shref="#([^"]+)"/g, (m, id: string) => (own(id) ? m : ` href="#${prefix}${id}"`))
        .replace(
          /\s(aria-describedby|aria-labelledby)="([^"]+)"/g,
          (_m, attr: string, ids: string) =>
            ` ${attr}="${ids
              .split(/\s+/)
              .map((id) => (own(id) ? id : prefix + id))
              .join(' ')}"`,
        );
      return `<article class="print-entry" data-print-entry="${key}"${rest}>${fixed}</article>`;
    },
  );
}

const css = (text: string) => JSON.stringify(text);
const box = `font-family: 'Noto Sans', sans-serif; font-size: 8pt; color: #000;`;

/** What the running header and footer of the printable binder say, in the page's language. */
export interface PrintFrame {
  title: string;
  department: string;
  /** "Internal edition" / "Public edition". */
  edition: string;
  /** "Page", before "3 / 40". */
  pageWord: string;
  /** The marking of each level, as printed ("PROTECTED B"). */
  markings: Record<Classification, string>;
  /** The edition's highest level: the cover's marking, and that of any page not marked otherwise. */
  highest: Classification;
}

/**
 * The paged-media rules of the printable binder. Every element that starts a printed page carries
 * `data-marking="<level>"`, which puts it on the named page of that level; a change of named page
 * forces a page break, so no page holds entries of two levels, and each page's header and footer
 * carry the marking of the entry on it. Anything left unmarked prints on the default page, which
 * carries the edition's highest marking: fail closed. The cover has its marking and nothing else.
 */
export function printPageRules(frame: PrintFrame): string {
  const mark = (level: Classification) => markingBoxes(frame.markings[level]);
  const marked = (name: string, level: Classification, rest = '') => `@page ${name} { ${mark(level)}${rest} }`;
  const none = ['top-left', 'top-right', 'bottom-left', 'bottom-right'].map((name) => ` @${name} { content: none; }`).join('');
  return [
    `@page { @top-left { content: ${css(frame.title)}; ${box} } @top-right { content: ${css(frame.edition)}; ${box} } @bottom-left { content: ${css(frame.department)}; ${box} } @bottom-right { content: ${css(`${frame.pageWord} `)} counter(page) " / " counter(pages); ${box} } ${mark(frame.highest)} }`,
    ...classifications.map((level) => marked(markingPage(level), level)),
    marked('cover', frame.highest, none),
    `@media print { ${classifications.map((level) => `[data-marking=${css(level)}] { page: ${markingPage(level)}; }`).join(' ')} }`,
  ].join('\n');
}

/** Where a marked part of the printable binder (cover, contents, part tab, entry) starts printing. */
export interface MarkedStart {
  page: number;
  level: Classification;
}

/**
 * The level each page of a printed binder must be marked with, from where its marked parts start:
 * the highest of the parts that start on a page (a part tab and its first entry), or else the level
 * of the part that runs on from an earlier page. Pages before the first part get the highest level.
 */
export function expectedPageLevels(starts: MarkedStart[], pages: number): Classification[] {
  const sorted = [...starts].sort((a, b) => a.page - b.page);
  const levels: Classification[] = [];
  let running = highestClassification(sorted.map((s) => s.level));
  for (let page = 1; page <= pages; page++) {
    const here = sorted.filter((s) => s.page === page).map((s) => s.level);
    if (here.length) running = highestClassification(here);
    levels.push(running);
  }
  return levels;
}

/**
 * What is wrong with the markings a printed binder carries: each page's header and footer text
 * must hold the marking it should, and no other. Says which page and which marking, nothing of
 * the page's content, so that it can be logged.
 */
export function markingProblems(margins: { top: string; bottom: string }[], expected: string[], allMarkings: string[]): string[] {
  const problems: string[] = [];
  if (margins.length !== expected.length) problems.push(`the PDF has ${margins.length} pages where ${expected.length} were laid out`);
  margins.forEach((margin, index) => {
    const want = expected[index];
    if (want === undefined) return;
    for (const [where, text] of [
      ['top', margin.top],
      ['bottom', margin.bottom],
    ] as const) {
      const others = allMarkings.filter((m) => m !== want && !want.includes(m) && text.includes(m));
      if (!text.includes(want))
        problems.push(`page ${index + 1} carries ${others.join(', ') || 'no marking'} at the ${where} where it needs ${want}`);
      else if (others.length) problems.push(`page ${index + 1} carries ${others.join(', ')} at the ${where} besides ${want}`);
    }
  });
  return problems;
}
