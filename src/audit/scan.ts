/**
 * Scans every file of a built edition (dot-folders included) for the secrets collected from the
 * sources, in every form a text can take on the way: as written, entity-encoded, JSON-escaped,
 * URL-encoded, slugified (heading ids, file names), and as Pagefind stores it (gzip-compressed
 * fragments, and a word index of lower-cased, stemmed words). Pagefind's own runtime files (its
 * program code, identified by their bytes: pagefind-runtime.ts) are not page text and are skipped.
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
import { containsBounded, plan, type Plan } from './plan.ts';
import { indexPhrases, type PhraseIndex } from './phrase-index.ts';
import { createLocator, type Locator } from './locate.ts';
import { isPagefindRuntime } from './pagefind-runtime.ts';

export interface Hit {
  needle: Needle;
  /** The output file, relative to the output folder. May name a withheld entry: print `output`. */
  file: string;
  /** The output file as it may be printed: a segment naming a withheld entry reads "…". */
  output: string;
  /** Where the editor wrote what leaked, as it may be printed (never the secret itself). */
  place: string;
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

const binaryExtensions = new Set(['.woff', '.woff2', '.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.ico', '.ttf', '.otf']);

interface Planned extends Plan {
  index: PhraseIndex<Needle>;
  locator: Locator;
  idPattern: RegExp | undefined;
  slugPattern: RegExp | undefined;
}

export function scanOutput(dir: string, secrets: Secrets): ScanResult {
  return createScanner(secrets).scan(dir);
}

/**
 * Plans the search once, then scans a directory, or the part of it that `only` keeps (a build
 * audits its pages while Pagefind indexes them, and Pagefind's files after).
 */
export function createScanner(secrets: Secrets) {
  const planned = plan(secrets);
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const full: Planned = {
    ...planned,
    index: indexPhrases(planned.phrases),
    locator: createLocator(secrets),
    idPattern: planned.ids.length ? new RegExp(planned.ids.map(({ slug }) => escape(slug)).join('|')) : undefined,
    slugPattern: planned.slugs.length
      ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${planned.slugs.map(({ slug }) => escape(slug)).join('|')})(?![\\p{L}\\p{N}])`, 'u')
      : undefined,
  };
  return { scan: (dir: string, only: (file: string) => boolean = () => true) => scanWith(dir, only, full) };
}

function scanWith(dir: string, only: (file: string) => boolean, planned: Planned): ScanResult {
  const hits: Hit[] = [];
  const seen = new Set<string>();
  const places = new Map<string, string>();
  const hit = (needle: Needle, file: string, form: string, tokens = words(needle.text).split(' ').slice(0, 6)) => {
    const key = `${needle.origin}|${needle.kind}|${needle.text}|${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    hits.push({ needle, file, output: planned.locator.mask(file), place: placeOf(needle, tokens, planned.locator, places), form });
  };
  let filesScanned = 0;
  for (const absolute of listFiles(dir)) {
    const file = path.relative(dir, absolute).split(path.sep).join('/');
    if (!only(file)) continue;
    filesScanned++;
    // File names: a withheld entry's route or image must not exist.
    const slugged = slugify(file);
    for (const { needle, slug } of planned.ids) if (slugged.includes(slug)) hit(needle, file, 'file name');
    if (binaryExtensions.has(path.extname(file).toLowerCase())) continue;
    const bytes = fs.readFileSync(absolute);
    if (isPagefindRuntime(bytes)) continue;
    scanBytes(bytes, file, planned, hit);
  }
  const { phrases, ids, urls, stems, notCheckable, slugs } = planned;
  return { hits, notCheckable, filesScanned, needlesChecked: phrases.length + ids.length + urls.length + stems.size + slugs.length };
}

/** Where a hit came from: where its words are typed in a public source, else the secret's origin. */
function placeOf(needle: Needle, tokens: string[], locator: Locator, memo: Map<string, string>): string {
  const key = `${needle.origin}|${tokens.join(' ')}`;
  let place = memo.get(key);
  if (place === undefined) {
    const found = locator.places(tokens.filter(Boolean));
    place = found.length ? `${found.join(', ')}${found.includes(needle.origin) ? '' : ` (secret from ${needle.origin})`}` : needle.origin;
    memo.set(key, place);
  }
  return place;
}

type Report = (needle: Needle, file: string, form: string, tokens?: string[]) => void;

function scanBytes(raw: Buffer, file: string, planned: Planned, hit: Report): void {
  const { index, urls, stems, ids, slugs, idPattern, slugPattern } = planned;
  let bytes = raw;
  let compressed = false;
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    bytes = gunzipSync(bytes);
    compressed = true;
  }
  let text = bytes.toString('utf8');
  // iCalendar folds long lines (CRLF and a space) and escapes , ; and newlines (RFC 5545 3.1, 3.3.11).
  if (file.endsWith('.ics'))
    text = text
      .replace(/\r?\n[ \t]/g, '')
      .replace(/\\([,;\\])/g, '$1')
      .replace(/\\n/gi, ' ');
  const decoded = safeDecodeUri(unescapeJson(decodeEntities(text)));
  // Two readings of the file: its text flow (markup removed, so a phrase broken by inline tags
  // reads as one), and the values of its attributes (href, alt, title, id, aria-label, content).
  const attributes = decoded.includes('="') ? [...decoded.matchAll(/="([^"]*)"/g)].map((m) => m[1]).join(' \u0000 ') : '';
  index.find(words(decoded).split(' '), (phrase) => hit(phrase.needle, file, compressed ? 'compressed text' : 'text', phrase.tokens));
  // In attributes, a lone number is a coordinate or a size far more often than an amount: a
  // withheld amount is still looked for there in its formatted forms ("10,000", "10 000").
  if (attributes) {
    index.find(words(attributes).split(' '), (phrase) => {
      if (!(phrase.tokens.length === 1 && /^\d+$/.test(phrase.tokens[0]!))) hit(phrase.needle, file, 'attribute', phrase.tokens);
    });
  }
  // One pass for all withheld ids and heading slugs; each is then confirmed on its own (rarely: only on a match).
  const lowered = (idPattern || slugPattern) && decoded.toLowerCase();
  if (lowered && idPattern?.test(lowered)) for (const { needle, slug } of ids) if (lowered.includes(slug)) hit(needle, file, 'id');
  if (lowered && slugPattern?.test(lowered))
    for (const { needle, slug } of slugs) if (containsBounded(lowered, slug)) hit(needle, file, 'heading id');
  for (const { needle, url } of urls) if (decoded.includes(url)) hit(needle, file, 'URL', words(url).split(' ').slice(0, 6));
  if (compressed && /pf_index|pf_meta/.test(file)) {
    // A stem is part of a secret: the form names the search index, never the word.
    for (const token of cborTextStrings(bytes)) {
      const stem = stems.get(token.toLowerCase());
      if (stem) hit(stem, file, 'search index word');
    }
  }
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}
