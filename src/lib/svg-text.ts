/**
 * Text in a static SVG: escaped for XML, and wrapped without a browser to measure it. Widths are
 * estimated per character from the proportions of common sans-serif faces (Noto Sans, Arial,
 * DejaVu Sans), erring wide, so a wrapped line fits its box in whichever face the reader has.
 */

/** Escapes text for an XML text node or attribute; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Width of one character, in ems. */
function charWidth(ch: string): number {
  if (ch === ' ' || ch === '\u00a0') return 0.28;
  if (/[il.,:;'’!|Ij]/.test(ch)) return 0.3;
  if (/[frt()[\]\-–/]/.test(ch)) return 0.42;
  if (/[mwMW—]/.test(ch)) return 0.92;
  if (/[0-9]/.test(ch)) return 0.6;
  if (/\p{Lu}/u.test(ch)) return 0.72;
  return 0.6;
}

/** The estimated width of a line of text, in the units of `size`. */
export function measureText(text: string, size: number, bold: boolean): number {
  let ems = 0;
  for (const ch of text) ems += charWidth(ch);
  return ems * size * (bold ? 1.08 : 1);
}

/** Greedy word wrap into lines no wider than `maxWidth`; a word too long for a line is cut. */
export function wrapText(text: string, maxWidth: number, size: number, bold: boolean): string[] {
  const lines: string[] = [];
  let line = '';
  // Break at spaces only: a no-break space (French "Canada : Présidence") keeps its words together.
  for (const word of text.split(/[ \t\n\r]+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measureText(candidate, size, bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (measureText(line, size, bold) > maxWidth && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && measureText(`${line.slice(0, cut)}-`, size, bold) > maxWidth) cut--;
      lines.push(`${line.slice(0, cut)}-`);
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}
