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
  const { phrases, stems, ids, urls, notCheckable } = plan(secrets);
  const byFirst = new Map<string, Phrase[]>();
  for (const phrase of phrases) {
    const list = byFirst.get(phrase.tokens[0]!) ?? [];
    list.push(phrase);
    byFirst.set(phrase.tokens[0]!, list);
  }
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
    filesScanned++;
    const file = path.relative(dir, absolute).split(path.sep).join('/');
    // File names: a withheld entry's route or image must not exist.
    for (const { needle, slug } of ids) if (slugify(file).includes(slug)) hit(needle, file, 'file name');
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
    // Three readings of the file: its text flow (markup removed), the same without apostrophes
    // (slugs and Pagefind drop them: "canadas-role"), and everything inside tags (attributes).
    const views = [words(decoded), words(decoded.replace(/[’'`]/g, '')), words(decoded, true)];
    for (const list of views.map((view) => view.split(' '))) {
      for (let i = 0; i < list.length; i++) {
        const candidates = byFirst.get(list[i]!);
        if (!candidates) continue;
        for (const phrase of candidates) {
          if (phrase.tokens.every((t, k) => list[i + k] === t)) hit(phrase.needle, file, compressed ? 'compressed text' : 'text');
        }
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

function plan(secrets: Secrets) {
  const phrases: Phrase[] = [];
  const notCheckable: Needle[] = [];
  const stems = new Map<string, Needle>();
  const ids: { needle: Needle; slug: string }[] = [];
  const urls: { needle: Needle; url: string }[] = [];
  const isPublic = (tokens: string[]) => secrets.publicText.includes(` ${tokens.join(' ')} `);
  const publicWords = [...new Set(secrets.publicText.trim().split(' '))].sort();
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
    const forms = [...new Set([words(needle.text), words(needle.text.replace(/[’'`]/g, ''))])].map((w) => w.split(' ').filter(Boolean));
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
      // Pagefind's word index holds stemmed words: a distinctive word's stem is checked there too.
      for (const word of tokens) {
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
