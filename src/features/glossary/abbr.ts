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

export function markAbbreviations(html: string, terms: AbbrTerm[]): string {
  const mainStart = html.indexOf('<main');
  const mainEnd = html.lastIndexOf('</main>');
  if (mainStart < 0 || mainEnd < mainStart || terms.length === 0) return html;
  const matcher = matcherOf(terms);
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
        let index = stack.length - 1;
        while (index >= 0 && stack[index]!.name !== name) index--;
        if (index >= 0) for (const e of stack.splice(index)) if (e.hidden) hiddenDepth--;
      } else {
        const hidden = skipped.has(name) || /\saria-hidden="true"|\shidden[\s>=]|class="[^"]*\b(?:redacted|visually-hidden)\b/.test(part);
        stack.push({ name, hidden });
        if (hidden) hiddenDepth++;
      }
      continue;
    }
    if (hiddenDepth > 0 || part.trim() === '') continue;
    parts[i] = matcher.replace(part, (term, meaning) => {
      if (used.has(term)) return term;
      used.add(term);
      return `<abbr title="${escapeAttribute(meaning)}">${term}</abbr>`;
    });
  }
  return html.slice(0, mainStart) + parts.join('') + html.slice(mainEnd);
}

/**
 * Finds terms as whole words (no letter, digit or "/" just before or after), longest first at a
 * position, left to right, without overlaps. Text is read as runs of letters, digits and "/"; a
 * term can only start where a run starts, so each run is looked up in a table of the terms that
 * begin with it: linear in the text, whatever the number of terms (a binder of thousands of
 * entries has thousands of acronyms, too many for one alternation).
 */
interface Matcher {
  replace(text: string, mark: (term: string, meaning: string) => string): string;
}

const matchers = new WeakMap<AbbrTerm[], Matcher>();
const run = /[\p{L}\p{N}/]+/gu;
const wordChar = /[\p{L}\p{N}/]/u;

function matcherOf(terms: AbbrTerm[]): Matcher {
  let matcher = matchers.get(terms);
  if (matcher) return matcher;
  // Longest terms first, so "GFMD" wins over "GF".
  const byFirstRun = new Map<string, AbbrTerm[]>();
  for (const term of [...terms].sort((a, b) => b.term.length - a.term.length)) {
    const first = new RegExp(run.source, 'u').exec(term.term);
    // A term that does not start with a letter or digit could never be a whole word here.
    if (!first || first.index !== 0) continue;
    const list = byFirstRun.get(first[0]) ?? [];
    list.push(term);
    byFirstRun.set(first[0], list);
  }
  matcher = {
    replace(text, mark) {
      let out = '';
      let copied = 0;
      run.lastIndex = 0;
      for (let m = run.exec(text); m; m = run.exec(text)) {
        const candidates = byFirstRun.get(m[0]);
        if (!candidates) continue;
        const at = m.index;
        const found = candidates.find(({ term }) => text.startsWith(term, at) && !wordChar.test(text.charAt(at + term.length)));
        if (!found) continue;
        out += text.slice(copied, at) + mark(found.term, found.meaning);
        copied = at + found.term.length;
        run.lastIndex = copied;
      }
      return copied === 0 ? text : out + text.slice(copied);
    },
  };
  matchers.set(terms, matcher);
  return matcher;
}
