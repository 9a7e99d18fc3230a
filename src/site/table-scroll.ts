/**
 * Wide tables scroll inside their own region, never the page (WCAG 2.1 SC 1.4.10 Reflow): every
 * <table> of a page's content is wrapped in a focusable, named region (keyboard users scroll it
 * with the arrow keys; axe's scrollable-region-focusable), and a table without a caption gets one
 * (visually hidden: the heading above already shows it) so it has a name. Works on the rendered
 * HTML, so tables written in MDX and tables of feature components alike are covered; the names
 * come from the page's own text (a caption or the heading above), never from anything else, so a
 * public page's labels can only repeat what that page already shows.
 */
const wrapperClass = 'table-scroll';

/** Plain text of an HTML fragment, on one line, safe inside a double-quoted attribute. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/"/g, '&quot;');
}

/** The end of the table that opens at `start` (after its </table>), nested tables counted. */
function tableEnd(html: string, start: number): number {
  const tags = /<(\/?)table\b[^>]*>/gi;
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) return m.index + m[0].length;
  }
  return html.length;
}

/** The text of the last heading before `index`, if any. */
function headingBefore(html: string, index: number): string | undefined {
  let text: string | undefined;
  for (const m of html.slice(0, index).matchAll(/<h([2-6])\b[^>]*>([\s\S]*?)<\/h\1>/gi)) text = textOf(m[2]!);
  return text || undefined;
}

/** The region's opening tag, or the existing wrapper's with the region's attributes added. */
function regionTag(label: string, existing?: string): string {
  const attributes = `tabindex="0" role="region" aria-label="${label}"`;
  if (!existing) return `<div class="${wrapperClass}" ${attributes}>`;
  if (/\srole=/.test(existing)) return existing;
  return existing.replace(/>$/, ` ${attributes}>`);
}

/** One table, named and wrapped (or its wrapper completed). */
function wrapOne(html: string, start: number, end: number, before: string, fallback: string): { head: string; table: string } {
  const table = html.slice(start, end);
  const open = /^<table\b[^>]*>/i.exec(table)![0];
  const caption = /<caption\b[^>]*>([\s\S]*?)<\/caption>/i.exec(table);
  const heading = caption ? undefined : headingBefore(html, start);
  const label = (caption && textOf(caption[1]!)) || heading || fallback;
  const named = heading
    ? `${open}<caption class="visually-hidden" data-pagefind-ignore>${heading}</caption>${table.slice(open.length)}`
    : table;
  const wrapper = new RegExp(`<div\\b[^>]*\\bclass="[^"]*\\b${wrapperClass}\\b[^"]*"[^>]*>\\s*$`).exec(before);
  if (wrapper)
    return {
      head: before.slice(0, wrapper.index) + regionTag(label, wrapper[0].trimEnd()) + wrapper[0].slice(wrapper[0].trimEnd().length),
      table: named,
    };
  return { head: `${before}${regionTag(label)}`, table: `${named}</div>` };
}

/** Every top-level table of `html` in a named scroll region; `fallback` names a table with no caption or heading. */
export function wrapTables(html: string, fallback: string): string {
  let out = '';
  let from = 0;
  const opening = /<table\b[^>]*>/gi;
  for (let m = opening.exec(html); m; m = opening.exec(html)) {
    const end = tableEnd(html, m.index);
    const { head, table } = wrapOne(html, m.index, end, out + html.slice(from, m.index), fallback);
    out = head + table;
    from = end;
    opening.lastIndex = end;
  }
  return out + html.slice(from);
}
