/**
 * What must never appear in the public output, collected straight from the editors' sources
 * with a reader of the audit's own (not the redact pass's parser, so a bug there cannot hide a
 * leak here): every <Redact> passage, every `{ redact, value }` field, and every withheld entry's
 * identifying text (id, names, acronyms, summary) and body. It also collects the text that is
 * legitimately public, so that a short passage that also appears unredacted elsewhere can be
 * told apart from a leak.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { words } from './normalize.ts';

export interface Needle {
  /** The secret as written. */
  text: string;
  /** Where it comes from: `content/forums/igc.en.mdx:12`. */
  origin: string;
  kind: 'passage' | 'field' | 'withheld-entry' | 'withheld-id' | 'url';
}

export interface Secrets {
  needles: Needle[];
  /** Normalised words of everything the public edition legitimately shows. */
  publicText: string;
}

const openTag = /<Redact\b[^>]*>/g;
const closeTag = /<\/Redact\s*>/g;

/** `base` is the binder's sources folder (absolute). */
export function collectSecrets(base: string, extraPublicText: string[] = []): Secrets {
  const root = process.cwd();
  const needles: Needle[] = [];
  const publicParts: string[] = [...extraPublicText];
  const files = fs.existsSync(base)
    ? fs.readdirSync(base, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => path.join(d.parentPath, d.name))
    : [];
  const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');

  // Withheld entries first: their bodies are secret as a whole.
  const withheld = new Set<string>();
  for (const file of files.filter((f) => /\.ya?ml$/.test(f))) {
    const data = readYaml(file);
    if (!data || typeof data !== 'object') continue;
    const record = data as Record<string, unknown>;
    const isEntry = path.basename(path.dirname(file)) !== 'redaction-markers' && path.dirname(file) !== base;
    const level = String(record['classification'] ?? 'unclassified');
    if (isEntry && (record['redact'] !== undefined || level !== 'unclassified')) {
      const id = path.basename(file).replace(/\.ya?ml$/, '');
      withheld.add(path.join(path.dirname(file), id));
      needles.push({ text: id, origin: rel(file), kind: 'withheld-id' });
      for (const key of ['name', 'title', 'acronym', 'summary']) {
        for (const text of strings(record[key])) needles.push({ text, origin: `${rel(file)} (${key})`, kind: 'withheld-entry' });
      }
      continue;
    }
    collectFields(record, rel(file), needles);
    publicParts.push(...strings(stripRedactedFields(record)));
  }

  for (const file of files.filter((f) => f.endsWith('.mdx'))) {
    const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    const entry = file.replace(/\.(en|fr)\.mdx$/, '');
    if (withheld.has(entry)) {
      for (const line of text.split('\n')) if (line.trim()) needles.push({ text: line, origin: rel(file), kind: 'withheld-entry' });
      continue;
    }
    const { passages, remainder } = splitRedactions(text);
    for (const passage of passages) {
      const origin = `${rel(file)}:${text.slice(0, passage.start).split('\n').length}`;
      for (const url of passage.text.matchAll(/\]\(\s*([^)\s]+)|^\s*\[[^\]]+\]:\s*(\S+)/gm)) {
        needles.push({ text: (url[1] ?? url[2])!, origin, kind: 'url' });
      }
      for (const line of plainLines(passage.text)) needles.push({ text: line, origin, kind: 'passage' });
    }
    publicParts.push(remainder);
  }
    // Around an apostrophe, slugs join words ("canadas") and search indexes may split them ("l’évaluation"
  // → "évaluation"): the public text holds both readings, so neither looks like a secret.
  const publicText = publicParts.join('\n');
  return { needles: dedupe(needles), publicText: ` ${words(publicText)} ${words(publicText.replace(/[’'`]/g, ' '))} ` };
}

/** The outermost <Redact> passages of a body, and the body without them. */
export function splitRedactions(text: string): { passages: { start: number; text: string }[]; remainder: string } {
  const tags = [...text.matchAll(openTag)].map((m) => ({ at: m.index, end: m.index + m[0].length, open: true }));
  tags.push(...[...text.matchAll(closeTag)].map((m) => ({ at: m.index, end: m.index + m[0].length, open: false })));
  tags.sort((a, b) => a.at - b.at);
  const passages: { start: number; text: string }[] = [];
  let depth = 0;
  let start = 0;
  let innerStart = 0;
  let remainder = '';
  let last = 0;
  for (const tag of tags) {
    if (tag.open) {
      if (depth === 0) {
        start = tag.at;
        innerStart = tag.end;
      }
      depth++;
    } else if (depth > 0) {
      depth--;
      if (depth === 0) {
        passages.push({ start, text: text.slice(innerStart, tag.at) });
        remainder += text.slice(last, start);
        last = tag.end;
      }
    }
  }
  // An unclosed tag is an MDX error the build reports; here everything after it counts as secret.
  if (depth > 0) {
    passages.push({ start, text: text.slice(innerStart) });
    remainder += text.slice(last, start);
  } else remainder += text.slice(last);
  return { passages, remainder };
}

function plainLines(markdown: string): string[] {
  return markdown
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .split(/\n/)
    .map((line) => line.replace(/^\s*(?:[-*+]|\d+\.|#+|>|\|)\s*/, '').trim())
    .filter((line) => words(line).length > 0);
}

function collectFields(value: unknown, origin: string, needles: Needle[], top = true): void {
  if (Array.isArray(value)) value.forEach((item) => collectFields(item, origin, needles, false));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (!top && 'redact' in record && 'value' in record) {
      for (const text of strings(record['value'])) needles.push({ text, origin, kind: 'field' });
      return;
    }
    for (const child of Object.values(record)) collectFields(child, origin, needles, false);
  }
}

function stripRedactedFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripRedactedFields);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('redact' in record && 'value' in record) return null;
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, stripRedactedFields(v)]));
  }
  return value;
}

/** Every string and number inside a value, amounts also in the forms pages print them. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number') {
    const forms = [String(value)];
    if (value >= 1000) forms.push(englishNumber.format(value), frenchNumber.format(value));
    return forms;
  }
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const englishNumber = new Intl.NumberFormat('en-CA');
const frenchNumber = new Intl.NumberFormat('fr-CA');

function readYaml(file: string): unknown {
  try {
    return parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

function dedupe(needles: Needle[]): Needle[] {
  const seen = new Set<string>();
  return needles.filter((n) => {
    const key = `${n.kind}|${n.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
