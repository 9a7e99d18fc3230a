/**
 * Scans every file of a built edition (dot-folders included) for the secrets collected from the
 * sources, in every form a text can take on the way: as written, entity-encoded, JSON-escaped,
 * URL-encoded, slugified (heading ids, file names), and as Pagefind stores it (gzip-compressed
 * fragments, and a word index of lower-cased, stemmed words).
 *
 * False positives: a secret that also appears, unredacted, in the public sources (a one-word
 * passage such as a country's name) proves nothing when found, so it is reported as "not
 * checkable" instead of failing the build; a long passage is checked by its six-word runs, and
 * only runs that appear nowhere in the public sources count. Real leaks of distinctive text
 * are always reported.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeEntities, safeDecodeUri, slugify, unescapeJson, words } from './normalize.ts';
import type { Needle, Secrets } from './collect.ts';
import { cborTextStrings } from './cbor.ts';

export interface Hit {
  needle: Needle;
  file: string;
  /** The form the secret was found in. */
  form: string;
}

export interface ScanResult {
  hits: Hit[];
  /** Secrets that also appear unredacted in the public sources, so cannot be checked. */
  notCheckable: Needle[];
  filesScanned: number;
  needlesChecked: number;
}

const shingle = 6;
const binaryExtensions = new Set(['.woff', '.woff2', '.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.ico', '.ttf', '.otf']);

interface Phrase {
  tokens: string[];
  needle: Needle;
}

export function scanOutput(dir: string, secrets: Secrets): ScanResult {
  return createScanner(secrets).scan(dir);
}

/**
 * Plans the search once, then scans a directory, or the part of it that `only` keeps (a build
 * audits its pages while Pagefind indexes them, and Pagefind's files after).
 */
export function createScanner(secrets: Secrets) {
  const { phrases, stems, ids, urls, notCheckable } = plan(secrets);
  const index = indexPhrases(phrases);
  return { scan: (dir: string, only: (file: string) => boolean = () => true) => scanWith(dir, only, { phrases, stems, ids, urls, notCheckable, index }) };
}

function scanWith(
  dir: string,
  only: (file: string) => boolean,
  { phrases, stems, ids, urls, notCheckable, index }: ReturnType<typeof plan> & { index: ReturnType<typeof indexPhrases> },
): ScanResult {
  const hits: Hit[] = [];
  const seen = new Set<string>();
  const hit = (needle: Needle, file: string, form: string) => {
    const key = `${needle.origin}|${needle.text}|${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    hits.push({ needle, file, form });
  };
  let filesScanned = 0;
  for (const absolute of listFiles(dir)) {
    const file = path.relative(dir, absolute).split(path.sep).join('/');
    if (!only(file)) continue;
    filesScanned++;
    // File names: a withheld entry's route or image must not exist.
    const slugged = slugify(file);
    for (const { needle, slug } of ids) if (slugged.includes(slug)) hit(needle, file, 'file name');
    if (binaryExtensions.has(path.extname(file).toLowerCase())) continue;
    let bytes = fs.readFileSync(absolute);
    let compressed = false;
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
      bytes = gunzipSync(bytes);
      compressed = true;
    }
    let raw = bytes.toString('utf8');
    // iCalendar folds long lines (CRLF and a space) and escapes , ; and newlines (RFC 5545 3.1, 3.3.11).
    if (file.endsWith('.ics')) raw = raw.replace(/\r?\n[ \t]/g, '').replace(/\\([,;\\])/g, '$1').replace(/\\n/gi, ' ');
    const decoded = safeDecodeUri(unescapeJson(decodeEntities(raw)));
    // Two readings of the file: its text flow (markup removed, so a phrase broken by inline tags
    // reads as one), and the values of its attributes (href, alt, title, id, aria-label, content).
    const attributes = decoded.includes('="') ? [...decoded.matchAll(/="([^"]*)"/g)].map((m) => m[1]).join(' \u0000 ') : '';
    for (const phrase of index.find(words(decoded).split(' '))) hit(phrase.needle, file, compressed ? 'compressed text' : 'text');
    // In attributes, a lone number is a coordinate or a size far more often than an amount: a
    // withheld amount is still looked for there in its formatted forms ("10,000", "10 000").
    if (attributes) {
      for (const phrase of index.find(words(attributes).split(' '))) {
        if (!(phrase.tokens.length === 1 && /^\d+$/.test(phrase.tokens[0]!))) hit(phrase.needle, file, 'attribute');
      }
    }
    const lowered = decoded.toLowerCase();
    for (const { needle, slug } of ids) if (lowered.includes(slug)) hit(needle, file, 'id');
    for (const { needle, url } of urls) if (decoded.includes(url)) hit(needle, file, 'URL');
    if (compressed && /pf_index|pf_meta/.test(file)) {
      for (const token of cborTextStrings(bytes)) {
        const stem = stems.get(token.toLowerCase());
        if (stem) hit(stem, file, `search index word "${token}"`);
      }
    }
  }
  return { hits, notCheckable, filesScanned, needlesChecked: phrases.length + ids.length + urls.length + stems.size };
}

/**
 * Finds phrases of up to six words in a list of words in linear time: words become numbers, each
 * window of each phrase length is hashed (no string is built), and a hash hit is confirmed word by
 * word. A window with a word that no phrase uses is skipped at once.
 */
function indexPhrases(phrases: Phrase[]) {
  const vocabulary = new Map<string, number>();
  const idOf = (word: string) => {
    let id = vocabulary.get(word);
    if (id === undefined) vocabulary.set(word, (id = vocabulary.size + 1));
    return id;
  };
  const byLength = new Map<number, Map<number, { ids: number[]; phrase: Phrase }[]>>();
  const hash = (ids: ArrayLike<number>, from: number, length: number) => {
    let h = 0x811c9dc5;
    for (let k = 0; k < length; k++) h = Math.imul(h ^ ids[from + k]!, 0x01000193);
    return h;
  };
  for (const phrase of phrases) {
    const ids = phrase.tokens.map(idOf);
    const table = byLength.get(ids.length) ?? new Map<number, { ids: number[]; phrase: Phrase }[]>();
    byLength.set(ids.length, table);
    const key = hash(ids, 0, ids.length);
    const bucket = table.get(key) ?? [];
    bucket.push({ ids, phrase });
    table.set(key, bucket);
  }
  return {
    find(tokens: string[]): Phrase[] {
      const ids = new Int32Array(tokens.length);
      for (let i = 0; i < tokens.length; i++) ids[i] = vocabulary.get(tokens[i]!) ?? 0;
      const found: Phrase[] = [];
      for (const [length, table] of byLength) {
        let unknownAt = -1; // The last position holding a word no phrase uses.
        for (let end = 0; end < ids.length; end++) {
          if (ids[end] === 0) unknownAt = end;
          const start = end - length + 1;
          if (start < 0 || unknownAt >= start) continue;
          const bucket = table.get(hash(ids, start, length));
          if (!bucket) continue;
          for (const candidate of bucket) {
            if (candidate.ids.every((id, k) => ids[start + k] === id)) found.push(candidate.phrase);
          }
        }
      }
      return found;
    },
  };
}

/**
 * Whether a run of up to six words appears in the public sources: every run of the public text
 * is hashed once (53 bits, numbers only), per run length, on first use of that length.
 */
function publicGrams(tokens: string[]): (run: string[]) => boolean {
  const vocabulary = new Map<string, number>();
  const ids = Int32Array.from(tokens, (word) => {
    let id = vocabulary.get(word);
    if (id === undefined) vocabulary.set(word, (id = vocabulary.size + 1));
    return id;
  });
  const hash = (values: ArrayLike<number>, from: number, length: number) => {
    let a = 0x811c9dc5;
    let b = 0x9747b28c;
    for (let k = 0; k < length; k++) {
      a = Math.imul(a ^ values[from + k]!, 0x01000193);
      b = Math.imul(b ^ values[from + k]!, 0x5bd1e995);
    }
    return (a >>> 0) * 2097152 + ((b >>> 0) & 0x1fffff);
  };
  const byLength = new Map<number, Set<number>>();
  const grams = (length: number) => {
    let set = byLength.get(length);
    if (!set) {
      set = new Set();
      for (let i = 0; i + length <= ids.length; i++) set.add(hash(ids, i, length));
      byLength.set(length, set);
    }
    return set;
  };
  return (run) => {
    const runIds = run.map((word) => vocabulary.get(word) ?? 0);
    if (runIds.includes(0)) return false;
    return grams(run.length).has(hash(runIds, 0, run.length));
  };
}

function plan(secrets: Secrets) {
  const phrases: Phrase[] = [];
  const notCheckable: Needle[] = [];
  const stems = new Map<string, Needle>();
  const ids: { needle: Needle; slug: string }[] = [];
  const urls: { needle: Needle; url: string }[] = [];
  const publicTokens = secrets.publicText.trim().split(' ');
  const isPublic = publicGrams(publicTokens);
  const publicWords = [...new Set(publicTokens)].sort();
  const publicPrefix = (stem: string) => {
    let low = 0;
    let high = publicWords.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (publicWords[mid]! < stem) low = mid + 1;
      else high = mid;
    }
    return publicWords[low]?.startsWith(stem) ?? false;
  };
  // Stemmers sometimes change the last letter ("happy" → "happi"): count those stems as public too.
  const publicStem = (stem: string) => publicPrefix(stem) || (stem.endsWith('i') && publicPrefix(`${stem.slice(0, -1)}y`));
  for (const needle of secrets.needles) {
    if (needle.kind === 'withheld-id') {
      ids.push({ needle, slug: needle.text.toLowerCase() });
      continue;
    }
    if (needle.kind === 'url') {
      if (needle.text.length >= 8 && !secrets.publicText.includes(` ${words(needle.text)} `)) urls.push({ needle, url: needle.text });
      continue;
    }
    // Phrases are matched joined at apostrophes (as words() reads every file); search-index stems
    // are also taken from the split reading, as Pagefind may index "l’évaluation" as "évaluation".
    const forms = [words(needle.text).split(' ').filter(Boolean)];
    const stemForms = [...forms, words(needle.text.replace(/[’'`]/g, ' ')).split(' ').filter(Boolean)];
    let checkable = false;
    for (const tokens of forms) {
      if (tokens.length === 0) continue;
      if (tokens.length <= shingle) {
        if (!isPublic(tokens)) {
          phrases.push({ tokens, needle });
          checkable = true;
        }
      } else {
        for (let i = 0; i + shingle <= tokens.length; i++) {
          const run = tokens.slice(i, i + shingle);
          if (!isPublic(run)) {
            phrases.push({ tokens: run, needle });
            checkable = true;
          }
        }
      }
    }
    // Pagefind's word index holds stemmed words: a distinctive word's stem is checked there too.
    for (const word of stemForms.flat()) {
      if (word.length < 6 || /^\d+$/.test(word)) continue;
      for (let cut = word.length; cut >= 5; cut--) {
        const stem = word.slice(0, cut);
        if (publicStem(stem)) break;
        if (!stems.has(stem)) stems.set(stem, needle);
        // Snowball stemmers turn a final "y" into "i" ("policy" → "polici").
        if (stem.endsWith('y') && !stems.has(`${stem.slice(0, -1)}i`)) stems.set(`${stem.slice(0, -1)}i`, needle);
      }
    }
    if (!checkable) notCheckable.push(needle);
  }
  return { phrases, stems, ids, urls, notCheckable };
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}
