/**
 * Plans the audit's search once per binder: which phrases, search-index stems, withheld ids,
 * heading slugs and URLs to look for, and which secrets cannot be checked because the public
 * sources show them too.
 */
import { headingSlug, words } from './normalize.ts';
import type { Needle, Secrets } from './collect.ts';
import { indexPhrases, type Phrase } from './phrase-index.ts';

/** A long passage is looked for by its runs of this many words. */
const shingle = 6;

export interface Plan {
  phrases: Phrase<Needle>[];
  /** Stems of distinctive words, for Pagefind's word index. */
  stems: Map<string, Needle>;
  /** Withheld ids, lower case, found anywhere in a file or its name. */
  ids: { needle: Needle; slug: string }[];
  /** Heading ids that github-slugger makes of a secret, where they are not its words hyphenated. */
  slugs: { needle: Needle; slug: string }[];
  urls: { needle: Needle; url: string }[];
  notCheckable: Needle[];
}

export function plan(secrets: Secrets): Plan {
  const candidates: Phrase<Needle>[] = [];
  const stems = new Map<string, Needle>();
  const ids: Plan['ids'] = [];
  const urls: Plan['urls'] = [];
  const publicStem = stemChecker(secrets.publicText);
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
    const runs =
      tokens.length <= shingle ? [tokens] : Array.from({ length: tokens.length - shingle + 1 }, (_, i) => tokens.slice(i, i + shingle));
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
  const phrases = distinctiveRuns(candidates, secrets);
  const checkable = new Set(phrases.map((p) => p.needle));
  const notCheckable = secrets.needles.filter((n) => n.kind !== 'withheld-id' && n.kind !== 'url' && !checkable.has(n));
  return { phrases, stems, ids, slugs: headingSlugs(secrets), urls, notCheckable };
}

/**
 * A run that also appears in the public sources proves nothing when found: the public text is
 * read once for all candidate runs, part by part. Found only in the twin of the body a passage
 * was redacted in, a run still counts: the twin repeating it is the leak, not a public use; so
 * does a withheld entry's distinctive name, title or acronym found in a public source (interface
 * strings aside).
 */
function distinctiveRuns(candidates: Phrase<Needle>[], secrets: Secrets): Phrase<Needle>[] {
  const tokens: string[] = [];
  const starts: number[] = [];
  for (const part of secrets.publicParts) {
    starts.push(tokens.length);
    // Both readings at apostrophes, each closed by an empty word, which no phrase uses: no run
    // spans two parts.
    for (const reading of [words(part.text), words(part.text.replace(/[’'`]/g, ' '))]) {
      for (const token of reading.split(' ')) tokens.push(token);
      tokens.push('');
    }
  }
  const partAt = (index: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= index) low = mid;
      else high = mid - 1;
    }
    return secrets.publicParts[low]!;
  };
  const publicRuns = new Set<Phrase<Needle>>();
  indexPhrases(candidates).find(tokens, (run, start) => {
    const part = partAt(start);
    if (run.needle.twin && part.file === run.needle.twin) return;
    // A withheld entry's distinctive name typed in a public source is that source leaking it.
    if (part.file && isName(run.needle) && distinctive(run.tokens)) return;
    publicRuns.add(run);
  });
  return candidates.filter((run) => !publicRuns.has(run));
}

/**
 * A withheld entry's name, title or acronym (not its summary or body, whose runs of six words may
 * be common phrasing), read whole (a run of six words or fewer is the whole needle).
 */
function isName(needle: Needle): boolean {
  return needle.kind === 'withheld-entry' && / \((name|title|acronym)\)$/.test(needle.origin) && words(needle.text).split(' ').length <= 6;
}

/** Two words or more, or one long word that is not a number: too rare to be typed by chance. */
function distinctive(tokens: string[]): boolean {
  return tokens.length >= 2 || (tokens[0]!.length >= 6 && !/^\d+$/.test(tokens[0]!));
}

/**
 * rehype-slug turns a heading into an id with github-slugger, which drops punctuation without a
 * trace: "Alpha.Beta plans" becomes "alphabeta-plans", which its words ("alpha beta plans") do
 * not find. Such slugs are looked for as they are (NFC and NFD, as written), when distinctive.
 */
function headingSlugs(secrets: Secrets): Plan['slugs'] {
  const out: Plan['slugs'] = [];
  let publicSlugs: string | undefined;
  for (const needle of secrets.needles) {
    if (needle.kind !== 'passage' && needle.kind !== 'field' && needle.kind !== 'withheld-entry') continue;
    // A withheld body's lines become ids only when they are headings; tags never reach an id.
    if (needle.kind === 'withheld-entry' && needle.origin.endsWith('.mdx') && !/^\s*#/.test(needle.text)) continue;
    const text = needle.text.replace(/^\s*#+\s*/, '').replace(/<\/?[A-Za-z][^>]*>/g, ' ');
    const tokens = words(text);
    if (tokens.split(' ').length > 20) continue; // Not a heading.
    for (const slug of new Set([headingSlug(text.normalize('NFC')), headingSlug(text.normalize('NFD'))])) {
      // Numbers lose their separators ("987 654" → "987654"): a coordinate, not a heading.
      if (slug.length < 6 || !/\p{L}/u.test(slug) || words(slug) === tokens) continue;
      publicSlugs ??= secrets.publicParts.map((p) => p.text.split('\n').map(headingSlug).join(' ')).join(' ');
      if (!containsBounded(publicSlugs, slug)) out.push({ needle, slug });
    }
  }
  return out;
}

/** Whether `text` holds `part` with no letter or digit right before or after it. */
export function containsBounded(text: string, part: string): boolean {
  const edge = /[\p{L}\p{N}]/u;
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
    if (!edge.test(text[at - 1] ?? ' ') && !edge.test(text[at + part.length] ?? ' ')) return true;
  }
  return false;
}

/** Whether a stem starts a public word. Stemmers sometimes change the last letter ("happy" → "happi"). */
function stemChecker(publicText: string): (stem: string) => boolean {
  const publicWords = [...new Set(publicText.trim().split(' '))].sort();
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
  return (stem) => publicPrefix(stem) || (stem.endsWith('i') && publicPrefix(`${stem.slice(0, -1)}y`));
}
