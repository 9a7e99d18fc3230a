/**
 * Helpers for the printable binder, where every entry of the binder shares one page.
 */

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
