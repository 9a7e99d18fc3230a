/**
 * The audit's reading of a YAML source, with the `yaml` package's own document model (not the
 * redact pass's reader): a public entry's redacted fields (`{ redact, value }`) and any <Redact>
 * text written inside a string become needles at their line; everything else is public text.
 * A `{ redact }` without a value (withheld, not recorded) has nothing to look for: its marker id
 * is public text like any other.
 */
import fs from 'node:fs';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Needle } from './collect.ts';
import { lineAt, plainLines, splitRedactions } from './passages.ts';
import { formatScaled } from '../core/format.ts';
import { moneyScales, type MoneyScale } from '../schemas/money.ts';

export interface YamlSource {
  /** The file as plain data. */
  data: unknown;
  doc: Document;
  lines: LineCounter;
}

/** A YAML file, or undefined when it does not parse (the build reports that, at its line). */
export function readYaml(file: string): YamlSource | undefined {
  try {
    const lines = new LineCounter();
    const doc = parseDocument(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { lineCounter: lines });
    if (doc.errors.length) return undefined;
    return { data: doc.toJS(), doc, lines };
  } catch {
    return undefined;
  }
}

/**
 * Adds a public YAML file's secrets to `needles` (origins `file:line`) and its public strings to
 * `publicStrings`. `file` is the path to print.
 */
export function collectYaml(source: YamlSource, file: string, needles: Needle[], publicStrings: string[], person = false): void {
  const lineOf = (node: Node) => (node.range ? source.lines.linePos(node.range[0]).line : 0);
  const origin = (line: number) => (line ? `${file}:${line}` : file);
  const seen = new Set<Node>();
  const walk = (node: unknown, top: boolean): void => {
    if (isAlias(node)) return walk(node.resolve(source.doc), top);
    if (!node || typeof node !== 'object' || seen.has(node as Node)) return;
    seen.add(node as Node);
    if (isMap(node)) {
      if (!top && node.has('redact') && node.has('value')) {
        const value = node.get('value', true) as Node | undefined;
        for (const text of strings(value?.toJS(source.doc))) {
          needles.push({ text: text.replace(/<\/?[A-Za-z][^>]*>/g, ' ').trim(), origin: origin(lineOf(node)), kind: 'field' });
        }
        return;
      }
      for (const pair of node.items) {
        // A person's contacts are withheld unless public: true (Binder's own default, not the editor's markup).
        if (top && person && isScalar(pair.key) && pair.key.value === 'contact' && isSeq(pair.value)) {
          for (const item of pair.value.items) {
            const secret = withheldContact(item, source);
            if (secret) needles.push(...secret.map((text) => ({ text, origin: origin(lineOf(item as Node)), kind: 'field' as const })));
            else walk(item, false);
          }
        } else walk(pair.value, false);
      }
    } else if (isSeq(node)) node.items.forEach((item) => walk(item, false));
    else if (isScalar(node)) {
      if (typeof node.value !== 'string') return void publicStrings.push(...strings(node.value));
      const { passages, remainder } = splitRedactions(node.value);
      // A block scalar's text starts on the line after its indicator (`|` or `>`).
      const first = lineOf(node) + (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED' ? 1 : 0);
      for (const passage of passages) {
        const line = first + lineAt(node.value, passage.start) - 1;
        for (const text of plainLines(passage.text)) needles.push({ text, origin: origin(line), kind: 'passage' });
      }
      publicStrings.push(remainder);
    }
  };
  walk(source.doc.contents, true);
}

/**
 * The texts of a contact the public edition withholds by default (e-mail, telephone, address, not
 * its label), or undefined when it says `public: true` or is a `{ redact, value }` (walked as any).
 */
export function withheldContact(item: unknown, source: YamlSource): string[] | undefined {
  if (!isMap(item) || item.has('redact')) return undefined;
  const contact = (item.toJS(source.doc) ?? {}) as Record<string, unknown>;
  if (contact['public'] === true) return undefined;
  return contactTexts(contact);
}

/** A contact's e-mail, telephone and address, as written. */
export function contactTexts(contact: Record<string, unknown>): string[] {
  return ['email', 'telephone', 'address'].flatMap((key) => strings(contact[key]));
}

/** Every string and number inside a value, amounts also in the forms pages print them. */
export function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number') {
    const forms = [String(value)];
    if (value >= 1000) forms.push(englishNumber.format(value), frenchNumber.format(value));
    // A statistic at a scale is printed in words: "1.6 million" / "1,6 million" (formatScaled, one
    // decimal, an ordinary space; with its currency, the same words follow "$" or precede "de dollars").
    if (value >= 1_000_000) forms.push(englishWords.format(value), frenchWords.format(value));
    for (const scale of moneyScales.filter((s) => value >= scaleAt[s]))
      for (const lang of ['en', 'fr'] as const) forms.push(formatScaled(value, scale, lang, { fractionDigits: 1, space: ' ' }));
    return forms;
  }
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object')
    return [...Object.values(value).flatMap(strings), ...scaledForms(value as Record<string, unknown>)];
  return [];
}

/** An amount shown at a scale is printed "$103.8 billion" / "103,8 milliards de dollars": look for those too. */
function scaledForms(money: Record<string, unknown>): string[] {
  const { amount, currency, display } = money;
  if (typeof amount !== 'number' || !moneyScales.includes(display as MoneyScale)) return [];
  const code = typeof currency === 'string' ? currency : 'CAD';
  return (['en', 'fr'] as const).map((lang) => formatScaled(amount, display as MoneyScale, lang, { currency: code }));
}

const scaleAt: Record<MoneyScale, number> = { thousands: 1e3, millions: 1e6, billions: 1e9 };
const englishNumber = new Intl.NumberFormat('en-CA');
const frenchNumber = new Intl.NumberFormat('fr-CA');
const words = { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1 } as const;
const englishWords = new Intl.NumberFormat('en-CA', words);
const frenchWords = new Intl.NumberFormat('fr-CA', words);
