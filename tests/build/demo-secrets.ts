/**
 * The secrets of a binder's sources, read by the demo test on its own (a YAML parser and a tag
 * scanner, not Binder's redact pass): every <Redact> passage, every `{ redact, value }` field
 * value and every withheld entry (classified above unclassified, or `redact:` as a whole) with
 * its id, name, title, acronym, summary and every line of its bodies. Nothing is skipped for being
 * short: each secret is checked whole, and by its six-word runs when it is long.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export interface Secret {
  /** Where it is written: `notes/x.en.mdx`, `forums/tcm.yaml`. */
  origin: string;
  kind: 'passage' | 'field' | 'withheld';
  text: string;
  /** The same secret as pages print it, when that differs (an amount: 1,500,000). */
  printed?: string;
}

/** Lower case words and numbers separated by single spaces, padded: ` the real agenda `. */
export const flat = (s: string) =>
  ` ${s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

const entities: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'", nbsp: '\u00a0' };
export const decode = (html: string) =>
  html
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&(amp|quot|lt|gt|apos|nbsp);/g, (_, name: string) => entities[name]!);

/** What a reader or a crawler can read in a file: its text, and its raw bytes (attributes). */
export const readable = (body: string) => `${flat(decode(body.replace(/<[^>]*>/g, ' ')))}|${flat(decode(body))}`;

/** The passages inside <Redact>…</Redact>, nested ones counted in their outer passage too. */
export function redactPassages(source: string): string[] {
  const passages: string[] = [];
  const open: number[] = [];
  for (const tag of source.matchAll(/<Redact\b[^>]*?(\/?)>|<\/Redact>/g)) {
    if (tag[0].startsWith('</')) {
      const start = open.pop();
      if (start !== undefined) passages.push(source.slice(start, tag.index).replace(/<[^>]+>/g, ' '));
    } else if (!tag[1]) open.push(tag.index + tag[0].length);
  }
  return passages;
}

/**
 * Leaves of a redacted value: strings as written; a number as written and as pages print it
 * (1500000 and 1,500,000, which reads as 1 500 000 in French too). An amount's currency and period
 * are not searched: they come from fixed lists that every public amount shows as well.
 */
function valueLeaves(value: unknown, key = ''): { text: string; printed?: string }[] {
  if (Array.isArray(value)) return value.flatMap((v) => valueLeaves(v));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => valueLeaves(v, k));
  if (key === 'currency' || key === 'period') return [];
  if (typeof value === 'number') return [{ text: String(value), printed: value.toLocaleString('en-CA') }];
  return value === undefined || value === null ? [] : [{ text: typeof value === 'string' ? value : JSON.stringify(value) }];
}

const isWithheld = (data: Record<string, unknown>) => (data['classification'] ?? 'unclassified') !== 'unclassified' || 'redact' in data;

export function readSecrets(content: string): { secrets: Secret[]; withheldIds: string[]; publicSource: string } {
  const secrets: Secret[] = [];
  const withheldIds: string[] = [];
  const publicText: string[] = [];
  const files = fs.readdirSync(content, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  const originOf = (d: fs.Dirent) => path.relative(content, path.join(d.parentPath, d.name)).split(path.sep).join('/');
  for (const d of files.filter((f) => f.name.endsWith('.yaml'))) {
    const origin = originOf(d);
    const data = (parse(fs.readFileSync(path.join(d.parentPath, d.name), 'utf8')) ?? {}) as Record<string, unknown>;
    if (isWithheld(data)) {
      withheldIds.push(origin.replace(/\.yaml$/, ''));
      for (const key of ['title', 'name', 'acronym', 'summary'])
        for (const leaf of valueLeaves(data[key])) secrets.push({ origin, kind: 'withheld', ...leaf });
      continue;
    }
    const walk = (value: unknown, top: boolean): void => {
      if (Array.isArray(value)) value.forEach((v) => walk(v, false));
      else if (value && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        if (!top && 'redact' in record) for (const leaf of valueLeaves(record['value'])) secrets.push({ origin, kind: 'field', ...leaf });
        else for (const v of Object.values(record)) walk(v, false);
      } else if (typeof value === 'string' || typeof value === 'number') publicText.push(String(value), publicNumber(value));
    };
    walk(data, true);
  }
  for (const d of files.filter((f) => f.name.endsWith('.mdx'))) {
    const origin = originOf(d);
    const source = fs.readFileSync(path.join(d.parentPath, d.name), 'utf8');
    if (withheldIds.includes(origin.replace(/\.(en|fr)\.mdx$/, ''))) {
      for (const line of source.split('\n'))
        if (line.trim()) secrets.push({ origin, kind: 'withheld', text: line.replace(/<[^>]+>/g, ' ') });
      continue;
    }
    publicText.push(publicBody(source));
    for (const text of redactPassages(source)) secrets.push({ origin, kind: 'passage', text });
  }
  return { secrets, withheldIds, publicSource: publicText.map(flat).join('|') };
}

/** A body with its passages taken out, as the public edition prints it. */
function publicBody(source: string): string {
  let out = '';
  let depth = 0;
  let last = 0;
  for (const tag of source.matchAll(/<Redact\b[^>]*?(\/?)>|<\/Redact>/g)) {
    if (depth === 0) out += `${source.slice(last, tag.index)} | `;
    if (tag[0].startsWith('</')) depth--;
    else if (!tag[1]) depth++;
    last = tag.index + tag[0].length;
  }
  return out + source.slice(last);
}

/** A public number as pages print it (12,000), so a withheld amount equal to it is known to be public. */
function publicNumber(value: string | number): string {
  return typeof value === 'number' ? value.toLocaleString('en-CA') : '';
}

/** The forms of a secret to look for: the whole of it, and its six-word runs when it is longer. */
export function forms(secret: Secret): string[] {
  const found = new Set<string>();
  for (const text of [secret.text, secret.printed ?? '']) {
    const whole = flat(text);
    const words = whole.trim().split(' ').filter(Boolean);
    if (!words.length) continue;
    found.add(whole);
    for (let i = 0; i + 6 <= words.length; i++) found.add(` ${words.slice(i, i + 6).join(' ')} `);
  }
  return [...found];
}
