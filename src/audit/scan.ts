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
  const planned = { phrases, stems, ids, urls, notCheckable, index };
  return { scan: (dir: string, only: (file: string) => boolean = () => true) => scanWith(dir, only, planned) };
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
  const idPattern = ids.length ? new RegExp(ids.map(({ slug }) => slug.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')) : undefined;
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
    // One pass for all withheld ids; each is then confirmed on its own (rarely: only on a match).
    const lowered = idPattern && decoded.toLowerCase();
    if (lowered && idPattern.test(lowered)) for (const { needle, slug } of ids) if (lowered.includes(slug)) hit(needle, file, 'id');
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
 * Finds phrases of up to six words in a list of words in linear time: words become numbers, the
 * runs starting at each word are hashed one word longer at a time (no string is built), and a hash
 * hit is confirmed word by word. A run stops at the first word that no phrase uses.
 */
function indexPhrases(phrases: Phrase[]) {
  const vocabulary = new Map<string, number>();
  const idOf = (word: string) => {
    let id = vocabulary.get(word);
    if (id === undefined) vocabulary.set(word, (id = vocabulary.size + 1));
    return id;
  };
  type Bucket = { ids: number[]; phrase: Phrase }[];
  // FNV-1a over word numbers, a left fold: the hash of a run of n + 1 words is one step from the
  // hash of its first n. Kept to 30 bits so that keys stay small integers (fast map keys).
  const basis = 0x811c9dc5 | 0;
  const step = (h: number, id: number) => Math.imul(h ^ id, 0x01000193);
  const key = (h: number) => h & 0x3fffffff;
  const tables: (Map<number, Bucket> | undefined)[] = []; // By phrase length.
  for (const phrase of phrases) {
    const ids = phrase.tokens.map(idOf);
    const table = (tables[ids.length] ??= new Map<number, Bucket>());
    const k = key(ids.reduce(step, basis));
    const bucket = table.get(k);
    if (bucket) bucket.push({ ids, phrase });
    else table.set(k, [{ ids, phrase }]);
  }
  const longest = tables.length - 1;
  return {
    find(tokens: string[]): Phrase[] {
      const ids = new Int32Array(tokens.length);
      for (let i = 0; i < tokens.length; i++) ids[i] = vocabulary.get(tokens[i]!) ?? 0;
      const found: Phrase[] = [];
      for (let start = 0; start < ids.length; start++) {
        let h = basis;
        // A run stops at a word that no phrase uses.
        for (let length = 1; length <= longest && start + length <= ids.length; length++) {
          const id = ids[start + length - 1]!;
          if (id === 0) break;
          h = step(h, id);
          const bucket = tables[length]?.get(key(h));
          if (!bucket) continue;
          for (const candidate of bucket) {
            if (candidate.ids.every((cid, k) => ids[start + k] === cid)) found.push(candidate.phrase);
          }
        }
      }
      return found;
    },
  };
}

function plan(secrets: Secrets) {
  const phrases: Phrase[] = [];
  const candidates: Phrase[] = [];
  const notCheckable: Needle[] = [];
  const stems = new Map<string, Needle>();
  const ids: { needle: Needle; slug: string }[] = [];
  const urls: { needle: Needle; url: string }[] = [];
  const publicTokens = secrets.publicText.trim().split(' ');
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
    const tokens = words(needle.text).split(' ').filter(Boolean);
    const stemForms = [tokens, words(needle.text.replace(/[’'`]/g, ' ')).split(' ').filter(Boolean)];
    // A short passage is looked for whole; a long one by its runs of six words.
    const runs = tokens.length <= shingle ? [tokens] : Array.from({ length: tokens.length - shingle + 1 }, (_, i) => tokens.slice(i, i + shingle));
    candidates.push(...runs.filter((run) => run.length > 0).map((run) => ({ tokens: run, needle })));
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
  }
  // A run that also appears in the public sources proves nothing when found: the public text is
  // read once for all candidate runs, and a needle left with no distinctive run is not checkable.
  const publicRuns = new Set(indexPhrases(candidates).find(publicTokens));
  const checkable = new Set<Needle>();
  for (const candidate of candidates) {
    if (publicRuns.has(candidate)) continue;
    phrases.push(candidate);
    checkable.add(candidate.needle);
  }
  for (const needle of secrets.needles) {
    if (needle.kind !== 'withheld-id' && needle.kind !== 'url' && !checkable.has(needle)) notCheckable.push(needle);
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
