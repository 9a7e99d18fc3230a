/**
 * The forms in which text can reach an output file, reduced to one comparable form: lower case,
 * accents kept, punctuation and markup removed, words joined by single spaces. Pagefind's word
 * index stores words the same way (lower-cased, punctuation removed), so one form serves both.
 */
import { slug as githubSlug } from 'github-slugger';

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  laquo: '«',
  raquo: '»',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
    }
    return entities[code.toLowerCase()] ?? whole;
  });
}

/** Undoes JSON and JavaScript string escapes: \u00e9, \n, \", \/. */
export function unescapeJson(text: string): string {
  return text
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\([\\/"'nrt])/g, (_, c: string) => ({ n: ' ', r: ' ', t: ' ' })[c] ?? c);
}

export function safeDecodeUri(text: string): string {
  return text.replace(/(?:%[0-9a-fA-F]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/**
 * Words only: "Canada’s <em>fifth</em> donor" → "canadas fifth donor". With `keepTags`, the
 * insides of tags stay as words too, so text in attributes (href, alt, title, id, aria-label)
 * is seen; without it, a phrase broken up by inline markup reads as one phrase again.
 */
export function words(text: string, keepTags = false): string {
  return joinRuns(
    text
      .normalize('NFC')
      .toLowerCase()
      .replace(/<([^>]*)>/g, keepTags ? ' $1 ' : ' ')
      // Slugs and Pagefind join words around an apostrophe ("canada’s" → "canadas", "d’asile" → "dasile").
      // (Written to start at an apostrophe, not at every letter: the audit reads megabytes.)
      .replace(/(?<=\p{L})[’'`](?=\p{L})/gu, ''),
  );
}

/**
 * The runs of letters and digits of a text, joined by single spaces: what
 * `text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()` gives, by a loop that classifies each code unit
 * once (ASCII by range, others through a table filled on first sight). Ten times faster than the
 * regular expression, which matters when the audit reads every page of a large binder.
 */
export function joinRuns(text: string): string {
  const runs: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let word: boolean;
    let width = 1;
    if (c < 128) word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      word = letterOrDigit.test(String.fromCodePoint(text.codePointAt(i)!));
      width = 2;
    } else {
      let known = bmpClass[c]!;
      if (known === 0) bmpClass[c] = known = letterOrDigit.test(String.fromCharCode(c)) ? 1 : 2;
      word = known === 1;
    }
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push(text.slice(start, i));
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) runs.push(text.slice(start));
  return runs.join(' ');
}
const letterOrDigit = /^[\p{L}\p{N}]$/u;
/** Per BMP code unit: 0 not yet seen, 1 letter or digit, 2 neither. */
const bmpClass = new Uint8Array(65536);

/**
 * The slug of a file or route name, for finding a withheld id in an output path: every run of
 * other characters becomes one hyphen ("en/notes/canary-withheld/index.html" →
 * "en-notes-canary-withheld-index-html"). Entry ids are already written this way (lower case,
 * digits, hyphens), so the id reads the same inside it.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The id rehype-slug gives a heading of this text: github-slugger's `slug`, the one rehype-slug
 * calls (through a GithubSlugger, which only adds "-1", "-2" to repeats). It removes punctuation
 * without a trace and turns each space into a hyphen: "Alpha — beta" → "alpha--beta",
 * "Canada’s Role" → "canadas-role", "Été 2020" → "été-2020", "Alpha.Beta plans" → "alphabeta-plans".
 */
export function headingSlug(text: string): string {
  return githubSlug(text.trim());
}
