/**
 * The personal-information warning (rule `personal-information`): what looks like an e-mail
 * address, a telephone number, a social insurance number or a home address in text the public
 * edition publishes, at its file, line and column. The detector is pii-detect.ts.
 *
 * Where it looks. Every string value of the public YAML files (the binder, the glossary, the
 * marker registry, statistics and legislation, every entry that is not withheld), except inside
 * `{ redact, value }`, in a person's `contact` field (withheld by default, and public only when
 * its editor says so there: the people model decides) and in the binder's own `pii` list. Every MDX body of a published
 * entry, outside its `<Redact>` passages and the definitions only they use. A body is read as
 * its source text, once: outside a redaction, all of it reaches the public edition (text, link
 * URLs such as `mailto:`, the few attributes Binder accepts), and offsets map to line:column
 * directly. Withheld entries are not published: they are not looked at.
 *
 * The binder's `pii: { public: [...] }` marks values as deliberately public, one value each (an
 * office's general line): reviewable in git, and narrow, since another number in the same file
 * still warns. A value is compared in its kind's normal form (a number's digits, an address
 * without case or punctuation), so "1 888 242-2100" matches "1-888-242-2100".
 *
 * A warning names the kind and the place, never the value: a public build's log stays safe to
 * publish. The internal edition publishes contacts with their markers, and is not checked.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { LoadedBinder } from './load.ts';
import type { YamlSource } from './yaml-source.ts';
import { findPersonalInformation, normalisedValue, type Found } from './pii-detect.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/report.ts';
import type { MdxFacts } from './mdx-context.ts';

/** Fields whose values are not public text, by the file they are in. */
const skippedFields = { people: 'contact', binder: 'pii' } as const;

/** Warnings for the public edition: one per value that looks like personal information. */
export function piiWarnings(loaded: LoadedBinder): Diagnostic[] {
  const allowed = allowList(loaded.binder?.data.pii?.public ?? []);
  const isAllowed = (f: Found) => allowed.has(`${f.kind} ${normalisedValue(f.kind, f.value)}`);
  const warnings: Diagnostic[] = [];
  const warn = (file: string, at: { line: number; column: number }, f: Found) => {
    if (!isAllowed(f)) warnings.push(diagnostic(file, at, 'personal-information', { kind: f.kind }, 'warning'));
  };
  if (loaded.binder) scanYaml(loaded.binder.yaml, skippedFields.binder, warn);
  if (loaded.glossary) scanYaml(loaded.glossary.yaml, undefined, warn);
  for (const marker of loaded.markers.values()) scanYaml(marker.yaml, undefined, warn);
  for (const yaml of dataFiles(loaded)) scanYaml(yaml, undefined, warn);
  for (const entry of loaded.entries) {
    if (entry.withheld) continue;
    scanYaml(entry.yaml, entry.collection === 'people' ? skippedFields.people : undefined, warn);
    for (const body of Object.values(entry.bodies)) scanBody(body.source.file, body.source.text, body.facts, warn);
  }
  return warnings;
}

/**
 * The data collections without pages (statistics, legislation), whichever the loader keeps in
 * `data`: published through the bodies that cite them, withheld only field by field.
 */
function dataFiles(loaded: LoadedBinder): YamlSource[] {
  type DataFiles = Partial<Record<string, ReadonlyMap<string, { yaml: YamlSource }>>>;
  const data = (loaded as LoadedBinder & { data?: DataFiles }).data ?? {};
  return Object.values(data).flatMap((items) => [...(items?.values() ?? [])].map((item) => item.yaml));
}

type Warn = (file: string, at: { line: number; column: number }, f: Found) => void;

/** Each public value in every kind it could be read as ("613-555-0100" is only a telephone number, but cheap to list). */
function allowList(values: readonly string[]): Set<string> {
  const kinds = ['email', 'telephone', 'sin', 'address'] as const;
  return new Set(values.flatMap((v) => kinds.map((kind) => `${kind} ${normalisedValue(kind, v)}`)));
}

/** Every string scalar of a YAML file, outside `{ redact, value }` and the skipped top-level field. */
function scanYaml(yaml: YamlSource, skipped: string | undefined, warn: Warn): void {
  const text = yaml.source.text;
  const visit = (node: unknown, depth: number) => {
    if (isMap(node)) {
      // `{ redact, value }` is withheld (an entry-level `redact:` withholds the entry, skipped before).
      if (depth > 0 && node.items.some((pair) => isScalar(pair.key) && pair.key.value === 'redact')) return;
      for (const pair of node.items) {
        if (depth === 0 && isScalar(pair.key) && pair.key.value === skipped) continue;
        visit(pair.value, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item, depth + 1);
    } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
      const [start, end] = node.range;
      const raw = text.slice(start, end);
      let from = 0;
      for (const f of findPersonalInformation(node.value)) {
        // The value as written, when the scalar holds it verbatim (plain or quoted on one line);
        // else the scalar's start (a folded or escaped scalar does not keep the offsets).
        const at = raw.indexOf(f.value, from);
        if (at >= 0) from = at + f.value.length;
        const { line, col } = yaml.lines.linePos(at >= 0 ? start + at : start);
        warn(yaml.source.file, { line, column: col }, f);
      }
    }
  };
  visit(yaml.document.contents, 0);
}

/** A body's source text outside its redacted passages and the definitions only they use. */
function scanBody(file: string, text: string, facts: MdxFacts, warn: Warn): void {
  const hidden = [...facts.spans.filter((s) => s.depth === 0), ...facts.privateDefinitions].sort((a, b) => a.start - b.start);
  let lines: number[] | undefined;
  let from = 0;
  for (const range of [...hidden, { start: text.length, end: text.length }]) {
    if (range.start > from) {
      for (const f of findPersonalInformation(text.slice(from, range.start))) {
        lines ??= lineStarts(text);
        warn(file, positionAt(lines, from + f.start), f);
      }
    }
    from = Math.max(from, range.end);
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset, by binary search over the lines' starts. */
export function positionAt(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}
