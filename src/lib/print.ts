/**
 * Helpers for the printable binder, where every entry of the binder shares one page.
 */
import fs from 'node:fs';
import path from 'node:path';

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
    if (start < 0 || end < 0) throw new Error(`The printable binder needs the body of ${entryPath}, which ${page ? 'has no body markers' : 'was not built'}.`);
    return page.slice(start + printBody.start.length, end);
  });
}

/** The anchor of a part or an entry in the printable binder: `part-forums`, `forums--igc`. */
export function printAnchor(collection: string, id?: string): string {
  return id === undefined ? `part-${collection}` : `${collection}--${id}`;
}

/**
 * Prefixes the ids (and the same-page links, labels and ARIA references to them) inside each
 * `<article data-print-entry="KEY">` with `KEY--`, so that two entries' "overview" headings or
 * footnotes do not share an id. Works on the HTML string; elements outside articles are untouched.
 */
export function prefixPrintIds(html: string): string {
  return html.replace(/<article class="print-entry" data-print-entry="([^"]+)">([\s\S]*?)<\/article>/g, (_, key: string, inner: string) => {
    const prefix = `${key}--`;
    const own = (id: string) => id === key || id.startsWith(prefix);
    const fixed = inner
      .replace(/\s(id|for)="([^"]+)"/g, (m, attr: string, id: string) => (own(id) ? m : ` ${attr}="${prefix}${id}"`))
      .replace(/\shref="#([^"]+)"/g, (m, id: string) => (own(id) ? m : ` href="#${prefix}${id}"`))
      .replace(/\s(aria-describedby|aria-labelledby)="([^"]+)"/g, (_m, attr: string, ids: string) => ` ${attr}="${ids.split(/\s+/).map((id) => (own(id) ? id : prefix + id)).join(' ')}"`);
    return `<article class="print-entry" data-print-entry="${key}">${fixed}</article>`;
  });
}
