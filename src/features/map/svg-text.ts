/**
 * Text in a static SVG: escaped for XML, and wrapped without a browser to measure it. Widths are
 * estimated per character, erring wide, so a wrapped line fits its box in whichever face the
 * reader's browser ends up using.
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

// Advance widths of printable ASCII (U+0020 to U+007E) in hundredths of an em: for each
// character the wider of Noto Sans (the binder's body face) and DejaVu Sans (what "sans-serif"
// falls back to on Linux, and what shows while Noto Sans loads), measured in Chromium.
const regularWidths =
  '32 40 46 84 64 95 78 28 39 39 55 84 32 36 30 37 64 64 64 64 64 64 64 64 64 64 34 34 84 84 84 53 100 68 69 70 77 63 58 78 75 34 30 66 56 91 76 79 61 79 69 63 61 73 68 99 69 61 69 39 37 39 84 50 50 61 63 55 63 62 35 63 63 28 28 58 28 97 63 61 63 63 41 52 39 63 59 82 59 59 53 64 55 64 84';
const boldWidths =
  '35 46 52 84 70 100 87 31 46 46 54 84 38 42 38 42 70 70 70 70 70 70 70 70 70 70 40 40 84 84 84 58 100 77 76 73 83 68 68 82 84 39 37 77 64 100 84 85 73 85 77 72 68 81 77 110 77 72 73 46 42 46 84 50 50 67 72 59 72 68 44 72 71 34 34 67 34 104 71 69 72 72 49 60 48 71 65 92 65 65 58 71 55 71 84';
const table = (widths: string) => widths.split(' ').map((w) => Number(w) / 100);
const ascii = { regular: table(regularWidths), bold: table(boldWidths) };
const other: Record<string, number> = {
  '\u00a0': 0.35,
  '’': 0.38,
  '‘': 0.38,
  '“': 0.6,
  '”': 0.6,
  '–': 0.5,
  '—': 1,
  '·': 0.38,
  '«': 0.65,
  '»': 0.65,
  '…': 1,
};

/** Width of one character, in ems; an accented letter is as wide as its base letter. */
function charWidth(ch: string, bold: boolean): number {
  const widths = bold ? ascii.bold : ascii.regular;
  const base = ch.normalize('NFD').codePointAt(0)!;
  if (base >= 0x20 && base <= 0x7e) return widths[base - 0x20]!;
  return other[ch] ?? (base >= 0x2e80 ? 1 : 0.75);
}

/** The estimated width of a line of text, in the units of `size`. */
export function measureText(text: string, size: number, bold: boolean): number {
  let ems = 0;
  for (const ch of text) ems += charWidth(ch, bold);
  return ems * size;
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
