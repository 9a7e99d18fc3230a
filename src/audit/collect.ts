/**
 * What must never appear in the public output, collected straight from the editors' sources
 * with a reader of the audit's own (not the redact pass's parser, so a bug there cannot hide a
 * leak here): every <Redact> passage (in bodies, and in YAML strings where the loader should have
 * refused it), every `{ redact, value }` field, and every withheld entry's identifying text (id,
 * names, acronyms, summary) and body. It also collects the text that is legitimately public, part
 * by part with where it was written, so that a short passage that also appears unredacted
 * elsewhere can be told apart from a leak, and a leak can be traced to the editor's line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isMap, isSeq, type Document } from 'yaml';
import { words } from './normalize.ts';
import { collectYaml, contactTexts, readYaml, strings } from './collect-yaml.ts';
import { plainLines, passageUrls, splitRedactions } from './passages.ts';

export interface Needle {
  /** The secret as written. Never printed. */
  text: string;
  /**
   * Where it comes from, safe to print: `content/forums/igc.en.mdx:12`. A withheld entry's
   * file is named with its id masked (`content/notes/….yaml (name)`): the file name is the id.
   */
  origin: string;
  kind: 'passage' | 'field' | 'withheld-entry' | 'withheld-id' | 'url';
  /**
   * The twin body (other language) of the body the passage was redacted in: its public text is
   * no proof that the passage is public, since the twin repeating it is itself the leak.
   */
  twin?: string;
}

/** Text the public edition legitimately shows, and where it was written ('' for interface strings). */
export interface PublicPart {
  file: string;
  text: string;
}

export interface Secrets {
  needles: Needle[];
  /** Normalised words of everything the public edition legitimately shows. */
  publicText: string;
  /** The same, part by part. */
  publicParts: PublicPart[];
  /** The public source files (absolute paths): where a leaked text may have been typed. */
  publicFiles: string[];
}

/** `base` is the binder's sources folder (absolute). */
/** Every file under the sources folder, in a stable order. */
function sourceFiles(base: string): string[] {
  if (!fs.existsSync(base)) return [];
  return fs
    .readdirSync(base, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

export function collectSecrets(base: string, extraPublicText: string[] = []): Secrets {
  const root = process.cwd();
  const needles: Needle[] = [];
  const publicParts: PublicPart[] = extraPublicText.map((text) => ({ file: '', text }));
  const publicFiles: string[] = [];
  const files = sourceFiles(base);
  const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');

  // Withheld entries first: their bodies are secret as a whole.
  const withheld = new Set<string>();
  for (const file of files.filter((f) => /\.ya?ml$/.test(f))) {
    const source = readYaml(file);
    if (!source?.data || typeof source.data !== 'object') continue;
    const record = source.data as Record<string, unknown>;
    const isEntry = path.basename(path.dirname(file)) !== 'redaction-markers' && path.dirname(file) !== base;
    const level = typeof record['classification'] === 'string' ? record['classification'] : 'unclassified';
    if (isEntry && (record['redact'] !== undefined || level !== 'unclassified')) {
      const id = path.basename(file).replace(/\.ya?ml$/, '');
      withheld.add(path.join(path.dirname(file), id));
      needles.push({ text: id, origin: masked(rel(file)), kind: 'withheld-id' });
      // A person's titles are what names a position (a person with no name).
      for (const key of ['name', 'title', 'acronym', 'summary', 'titles']) {
        for (const text of strings(record[key])) needles.push({ text, origin: `${masked(rel(file))} (${key})`, kind: 'withheld-entry' });
      }
      for (const text of withheldPersonContacts(record))
        needles.push({ text, origin: `${masked(rel(file))} (contact)`, kind: 'withheld-entry' });
      continue;
    }
    const texts: string[] = [];
    if (file === path.join(base, 'binder.yaml')) withoutPartNotes(source.doc);
    collectYaml(source, rel(file), needles, texts, path.basename(path.dirname(file)) === 'people');
    publicParts.push({ file: rel(file), text: texts.join('\n') });
    publicFiles.push(file);
  }

  for (const file of files.filter((f) => f.endsWith('.mdx'))) {
    const text = fs
      .readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n');
    const entry = file.replace(/\.(en|fr)\.mdx$/, '');
    if (withheld.has(entry)) {
      for (const line of text.split('\n')) if (line.trim()) needles.push({ text: line, origin: masked(rel(file)), kind: 'withheld-entry' });
      continue;
    }
    const twin = /\.(en|fr)\.mdx$/.test(file)
      ? rel(file.replace(/\.(en|fr)\.mdx$/, (_, lang: string) => `.${lang === 'en' ? 'fr' : 'en'}.mdx`))
      : undefined;
    const { passages, remainder } = splitRedactions(text);
    for (const passage of passages) {
      const origin = `${rel(file)}:${text.slice(0, passage.start).split('\n').length}`;
      const of = twin ? { origin, twin } : { origin };
      for (const url of passageUrls(passage.text)) needles.push({ text: url, kind: 'url', ...of });
      for (const line of plainLines(passage.text)) needles.push({ text: line, kind: 'passage', ...of });
    }
    publicParts.push({ file: rel(file), text: remainder });
    publicFiles.push(file);
  }
  return { needles: dedupe(needles), publicText: publicWords(publicParts.map((p) => p.text).join('\n')), publicParts, publicFiles };
}

/**
 * Around an apostrophe, slugs join words ("canadas") and search indexes may split them
 * ("l’évaluation" → "évaluation"): the public text holds both readings, so neither looks like a
 * secret. Padded with spaces, so that ` ${phrase} ` finds whole words.
 */
export function publicWords(text: string): string {
  return ` ${words(text)} ${words(text.replace(/[’'`]/g, ' '))} `;
}

/** Every e-mail, telephone and address of a withheld person's contacts (plain or `{ redact, value }`). */
function withheldPersonContacts(record: Record<string, unknown>): string[] {
  const contacts = Array.isArray(record['contact']) ? (record['contact'] as unknown[]) : [];
  return contacts.flatMap((c) => {
    const item = (c && typeof c === 'object' ? c : {}) as Record<string, unknown>;
    const value = 'redact' in item ? item['value'] : item;
    return value && typeof value === 'object' ? contactTexts(value as Record<string, unknown>) : [];
  });
}

/**
 * The ids binder.yaml's parts list are not text a reader sees, and one may be a withheld note's:
 * as public text, its words would make that note's title look public when found.
 */
function withoutPartNotes(doc: Document): void {
  const parts = doc.get('parts', true);
  if (isSeq(parts)) for (const part of parts.items) if (isMap(part)) part.delete('notes');
}

/** A withheld entry's file, its name (the id) masked: `content/notes/….en.mdx`. */
function masked(file: string): string {
  return file.replace(/[^/]+?(?=(?:\.(?:en|fr))?\.(?:ya?ml|mdx)$)/, '…');
}

function dedupe(needles: Needle[]): Needle[] {
  const seen = new Set<string>();
  return needles.filter((n) => {
    const key = `${n.kind}|${n.text}|${n.twin ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
