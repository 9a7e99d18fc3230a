/**
 * Twin parity on passages: a passage redacted in one language must not be public in the other.
 * Names, numbers and amounts read the same in English and French, so a passage withheld in the
 * English body and written out in the French one is published all the same.
 *
 * The rule, on text normalised to lower-case words and numbers (punctuation and case ignored):
 * - a redacted passage whose words, in order and on word boundaries, appear in the other body's
 *   public text is reported, if it has a number of two digits or more or a word of four letters
 *   or more (a lone "the", "5" or "de" would match by chance);
 * - a number of two digits or more inside a redacted passage ("$2.5 million", "300,000") that the
 *   other body shows is reported, however it is written: "2.5" and "2,5", "300,000" and "300 000"
 *   are the same number (separators are ignored, so "2.5" also matches "25");
 * - what the redacting body itself also shows publicly is not reported: the twin adds nothing.
 * Messages name the two places, never the passage.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/report.ts';
import type { ParamsOf } from '../diagnostics/catalogue.ts';
import type { MdxFacts } from './mdx-source.ts';
import type { SourceFile } from './sources.ts';

export interface Twin {
  source: SourceFile;
  facts: MdxFacts;
}

interface Words {
  /** The words joined by single spaces, with a space at each end. */
  joined: string;
  /** Source offset of the word starting at each position of `joined`. */
  at: Map<number, number>;
}

const tag = /<\/?[A-Za-z][\w.-]*((?:\s+[\w:-]+(?:=(?:"[^"]*"|'[^']*'))?)*)\s*\/?>/g;
const attribute = /([\w:-]+)=("[^"]*"|'[^']*')/g;
// Attributes that name things (markers, entries, languages) rather than render as text.
const unrendered = new Set(['marker', 'to', 'lang']);
const number = /\d+(?:[,\u00a0\u202f ]\d{3}(?!\d))*(?:[.,]\d+)?/g;

/**
 * The last result per English body's facts. The dev server's loader hands back the same facts
 * object for a body whose text and context did not change (validate.ts, `analyseCached`), so a
 * save re-checks only the pair it touched; a build's facts are new objects, never found here.
 */
const checked = new WeakMap<MdxFacts, { fr: MdxFacts; texts: string[]; severity: Diagnostic['severity']; result: Diagnostic[] }>();

export function checkTwinPassages(en: Twin, fr: Twin, severity: Diagnostic['severity']): Diagnostic[] {
  const texts = [en.source.file, en.source.text, fr.source.file, fr.source.text];
  const known = checked.get(en.facts);
  const same = known && known.fr === fr.facts && known.severity === severity && known.texts.every((t, i) => t === texts[i]);
  const result = same ? known.result : [...leaks(en, fr, severity), ...leaks(fr, en, severity)];
  if (!same) checked.set(en.facts, { fr: fr.facts, texts, severity, result });
  // Copies: the loader marks diagnostics that name withheld entries (markWithheld) in place.
  return result.map((d) => ({ ...d }));
}

/** Passages redacted in `from` that `to` shows. */
function leaks(from: Twin, to: Twin, severity: Diagnostic['severity']): Diagnostic[] {
  const own = publicText(from);
  const other = publicText(to);
  const ownWords = wordsOf(own);
  const otherWords = wordsOf(other);
  const ownNumbers = new Set(numbersOf(own).map((n) => n.digits));
  const otherNumbers = numbersOf(other);
  const diagnostics: Diagnostic[] = [];
  for (const span of from.facts.spans) {
    if (span.depth > 0) continue;
    const text = renderedText(
      blank(from.source.text, [
        [0, span.start],
        [span.end, from.source.text.length],
      ]),
    );
    const passage = wordsOf(text);
    const where = `${from.source.file}:${place(from.source.text, span.start)}`;
    const found = distinctive(passage.joined) && !ownWords.joined.includes(passage.joined) ? find(otherWords, passage.joined) : undefined;
    if (found !== undefined) {
      diagnostics.push(report(to.source, found, severity, { what: 'passage', where }));
      continue;
    }
    for (const n of numbersOf(text)) {
      if (n.digits.length < 2 || ownNumbers.has(n.digits)) continue;
      const hit = otherNumbers.find((o) => o.digits === n.digits);
      if (hit) {
        diagnostics.push(report(to.source, hit.start, severity, { what: 'number', where }));
        break;
      }
    }
  }
  return diagnostics;
}

function report(
  source: SourceFile,
  offset: number,
  severity: Diagnostic['severity'],
  params: ParamsOf<'twin-passage-unredacted'>,
): Diagnostic {
  const [line, column] = place(source.text, offset).split(':').map(Number);
  return diagnostic(source.file, { line: line!, column: column! }, 'twin-passage-unredacted', params, severity);
}

/** The body with its redacted passages, literal markers and markup blanked out (offsets kept). */
function publicText(twin: Twin): string {
  const ranges: [number, number][] = twin.facts.spans.filter((s) => s.depth === 0).map((s) => [s.start, s.end]);
  for (const literal of twin.facts.literals) ranges.push([literal.start, literal.end]);
  return renderedText(blank(twin.source.text, ranges));
}

/** Tags blanked out, except the values of attributes that render as text (`question="…"`). */
function renderedText(text: string): string {
  return text
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(tag, (whole) => {
      let out = whole.replace(/[^\n]/g, ' ');
      for (const match of whole.matchAll(attribute)) {
        if (unrendered.has(match[1]!)) continue;
        const start = match.index + match[1]!.length + 2;
        out = out.slice(0, start) + whole.slice(start, start + match[2]!.length - 2) + out.slice(start + match[2]!.length - 2);
      }
      return out;
    });
}

function blank(text: string, ranges: [number, number][]): string {
  let out = text;
  for (const [start, end] of ranges) out = out.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, ' ') + out.slice(end);
  return out;
}

function wordsOf(text: string): Words {
  let joined = ' ';
  const at = new Map<number, number>();
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    at.set(joined.length, match.index);
    joined += `${match[0].toLowerCase()} `;
  }
  return { joined, at };
}

function numbersOf(text: string): { digits: string; start: number }[] {
  return [...text.matchAll(number)].map((m) => ({ digits: m[0].replace(/\D/g, ''), start: m.index }));
}

function distinctive(joined: string): boolean {
  return joined.split(' ').some((word) => (/\d/.test(word) ? word.replace(/\D/g, '').length >= 2 : [...word].length >= 4));
}

/** Source offset of the first occurrence of `needle` (joined words) on word boundaries. */
function find(words: Words, needle: string): number | undefined {
  if (needle.trim() === '') return undefined;
  const index = words.joined.indexOf(needle);
  return index < 0 ? undefined : words.at.get(index + 1);
}

function place(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - before.lastIndexOf('\n')}`;
}
