/**
 * Stable ids for what a page's "On this page" list links to: briefing sections, If-pressed
 * questions and the sections an entry view draws. Each id comes from text the page shows, read
 * from this edition's redacted copy (in the public edition a redacted passage never reaches it),
 * slugged as rehype-slug slugs MDX headings (github-slugger), so the page's ids read alike.
 */
import { slug } from 'github-slugger';
import { literalMarkerPattern } from '../../core/literal-markers.ts';

/** Long questions make long fragments: an id keeps its first words, up to this many characters. */
const maxLength = 64;

/**
 * The id a text gives, or '' when nothing is left: literal markers ("[REDACTED]", "[ * ]") are
 * not words of the text, they stand for words that are not there.
 */
export function anchorOf(text: string): string {
  const base = slug(text.replace(literalMarkerPattern, ' ')).replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
  if (base.length <= maxLength) return base;
  const cut = base.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : base.slice(0, maxLength);
}

/** The id of the `ordinal`-th If-pressed question of a page (1-based): a neutral one when its text is only markers. */
export function questionAnchor(question: string, ordinal: number): string {
  return anchorOf(question) || `if-pressed-${ordinal}`;
}

/**
 * Hands out ids unique on one page: the first use of a base keeps it, later ones get `-1`, `-2`…
 * (as github-slugger numbers repeated headings). Ids already on the page are reserved first.
 */
export function uniqueAnchors(reserved: Iterable<string> = []): (base: string) => string {
  const taken = new Set(reserved);
  return (base) => {
    let id = base;
    for (let n = 1; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
}
