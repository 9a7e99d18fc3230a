/**
 * The placeholders `npm run new` writes for editors to replace, in one list that the scaffold
 * (src/tooling/scaffold.ts) writes from and the placeholder rule (src/redaction/placeholders.ts)
 * looks for: an entry still holding one is not finished, and the public edition must not publish it.
 *
 * What counts. `TODO` and `À FAIRE` (or `A FAIRE`) in capitals only, as whole words: lower-case
 * "todo" is prose (the Spanish "todo" of a Latin American initiative's name), "à faire" is ordinary
 * French ("il reste beaucoup à faire"), and "TODOS" is another word. `(à traduire)` and
 * `(to be translated)` in any case, with their parentheses. A placeholder inside a web address
 * (`https://example.org/TODO`, `www.example.org/TODO`) is part of the address, not a placeholder.
 */

/** The placeholders, as the scaffold writes them. */
export const placeholder = {
  /** An English sentence still to write. */
  todo: 'TODO',
  /** A French sentence still to write. */
  aFaire: 'À FAIRE',
  /** After an English text copied into a French field, until it is translated. */
  toTranslate: '(à traduire)',
  /** After a French text copied into an English field, until it is translated. */
  toBeTranslated: '(to be translated)',
} as const;

/** Every form the rule recognises, each found by one pattern (capitals matter for the words). */
const patterns: readonly RegExp[] = [
  /(?<![\p{L}\p{N}_])TODO(?![\p{L}\p{N}_])/gu,
  /(?<![\p{L}\p{N}_])[ÀA][\s\u00a0]+FAIRE(?![\p{L}\p{N}_])/gu,
  /\(\s*[àa]\s+traduire\s*\)/giu,
  /\(\s*to\s+be\s+translated\s*\)/giu,
];

/** The placeholders the rule names in its guide entry. */
export const placeholderForms = ['TODO', 'À FAIRE', 'A FAIRE', '(à traduire)', '(to be translated)'] as const;

export interface PlaceholderMatch {
  /** The placeholder as written. */
  text: string;
  /** Its offset in the searched text. */
  index: number;
}

/** The placeholders in a text, in order; none inside a web address. */
export function findPlaceholders(text: string): PlaceholderMatch[] {
  const found: PlaceholderMatch[] = [];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      if (!inAddress(text, match.index)) found.push({ text: match[0], index: match.index });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Quick test before a body is parsed: could it hold a placeholder at all? */
export function mayHavePlaceholder(text: string): boolean {
  return /TODO|FAIRE|traduire|translated/i.test(text);
}

/** Inside the run of non-space characters around `index`, a web address (`scheme://` or `www.`). */
function inAddress(text: string, index: number): boolean {
  const before = text.slice(0, index).match(/[^\s<>"'()[\]]*$/)![0];
  return /[a-z][a-z0-9+.-]*:\/\/|(?:^|[^\p{L}])www\./iu.test(before);
}
