/**
 * Marks the first use of each glossary term on a page with <abbr title="…">, inside <main> only,
 * never inside links, headings' anchors, code, existing abbreviations, redaction markers or
 * hidden text. Works on the HTML string with a small tag tokenizer (no reparse, no reformatting),
 * so the page is otherwise byte for byte as Astro wrote it.
 */
export interface AbbrTerm {
  term: string;
  meaning: string;
}

const skipped = new Set(['a', 'abbr', 'code', 'pre', 'script', 'style', 'title', 'svg', 'button', 'kbd', 'samp', 'time']);
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function markAbbreviations(html: string, terms: AbbrTerm[]): string {
  const mainStart = html.indexOf('<main');
  const mainEnd = html.lastIndexOf('</main>');
  if (mainStart < 0 || mainEnd < mainStart || terms.length === 0) return html;
  // Longest terms first, so "GFMD" wins over "GF"; whole words only (letters, digits, / and & inside).
  const sorted = [...terms].sort((a, b) => b.term.length - a.term.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}/])(${sorted.map((t) => escapeRegExp(t.term)).join('|')})(?![\\p{L}\\p{N}/])`, 'gu');
  const meaning = new Map(sorted.map((t) => [t.term, t.meaning]));
  const used = new Set<string>();
  const stack: { name: string; hidden: boolean }[] = [];
  let hiddenDepth = 0;
  const parts = html.slice(mainStart, mainEnd).split(/(<[^>]*>)/);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.startsWith('<')) {
      const match = /^<(\/?)([a-zA-Z][\w-]*)/.exec(part);
      if (!match) continue;
      const [, closing, rawName] = match;
      const name = rawName!.toLowerCase();
      if (voidElements.has(name) || part.endsWith('/>')) continue;
      if (closing) {
        const index = stack.map((e) => e.name).lastIndexOf(name);
        if (index >= 0) hiddenDepth -= stack.splice(index).filter((e) => e.hidden).length;
      } else {
        const hidden = skipped.has(name) || /\saria-hidden="true"|\shidden[\s>=]|class="[^"]*\b(?:redacted|visually-hidden)\b/.test(part);
        stack.push({ name, hidden });
        if (hidden) hiddenDepth++;
      }
      continue;
    }
    if (hiddenDepth > 0 || part.trim() === '') continue;
    parts[i] = part.replace(pattern, (term: string) => {
      if (used.has(term)) return term;
      used.add(term);
      return `<abbr title="${escapeAttribute(meaning.get(term)!)}">${term}</abbr>`;
    });
  }
  return html.slice(0, mainStart) + parts.join('') + html.slice(mainEnd);
}
