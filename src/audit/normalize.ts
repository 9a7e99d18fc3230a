/**
 * The forms in which text can reach an output file, reduced to one comparable form: lower case,
 * accents kept, punctuation and markup removed, words joined by single spaces. Pagefind's word
 * index stores words the same way (lower-cased, punctuation removed), so one form serves both.
 */
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', laquo: '«', raquo: '»', ndash: '–', mdash: '—', hellip: '…', eacute: 'é', egrave: 'è', agrave: 'à', ccedil: 'ç' };

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
  return text.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))).replace(/\\([\\/"'nrt])/g, (_, c: string) => ({ n: ' ', r: ' ', t: ' ' })[c] ?? c);
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
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/<[^>]*>/g, (tag) => (keepTags ? ` ${tag.slice(1, -1)} ` : ' '))
    // Slugs and Pagefind join words around an apostrophe ("canada’s" → "canadas", "d’asile" → "dasile").
    .replace(/(\p{L})[’'`](?=\p{L})/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The slug rehype-slug or a router would make of a text: "Canada’s Role" → "canadas-role". */
export function slugify(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
