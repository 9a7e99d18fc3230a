/**
 * YAML values are plain text. A tag in a YAML string (`<Redact …>`, `<span>`, `</b>`) is never read
 * as markup by Binder: `<Redact>` there would withhold nothing and publish the passage it was meant to
 * hide. So any tag-like shape in any string value, at any depth, is refused at that value's line and
 * column, naming the field only (the value may be a secret). A plain `<` in prose ("fewer than 5 <10",
 * "a < b") is text: only `<` followed by a letter, `/` or `!` is taken for a tag.
 *
 * Literal markers ("[REDACTED]", "[ * ]"…) in YAML values are allowed: they are already-redacted
 * text, counted here for the redaction register like literal markers in bodies (a pasted notice's
 * marker is a word of its sentence, and counts nothing).
 */
import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { reporter } from '../diagnostics/report.ts';
import { formatPath, type IssuePath } from '../diagnostics/zod-issues.ts';
import { literalMarkerSpans } from '../core/literal-markers.ts';
import type { YamlSource } from './yaml-source.ts';

const tagLike = /<[A-Za-z/!]/;

/** True when a string holds something that looks like an MDX or HTML tag. */
export function hasTag(text: string): boolean {
  return tagLike.test(text);
}

/** One `tag-in-yaml` error per string value that holds a tag. */
export function checkYamlText(yaml: YamlSource): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report = reporter(yaml.source.file, diagnostics);
  const visit = (node: unknown, path: IssuePath) => {
    if (isAlias(node)) return; // the anchored value is checked where it is written
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : undefined;
        visit(pair.value, [...path, typeof key === 'number' ? key : String(key)]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, [...path, i]));
    } else if (isScalar(node) && typeof node.value === 'string' && hasTag(node.value)) {
      // At the value itself, where the tag is written (positionOf would point at the field's key).
      const { line, col } = yaml.lines.linePos(node.range?.[0] ?? 0);
      report({ line, column: col }, 'tag-in-yaml', { path: formatPath(path) });
    }
  };
  visit(yaml.document.contents, []);
  return diagnostics;
}

/**
 * Literal markers in the string values of an entry's data, as the register counts them: once per
 * label (the larger of its English and French counts, as a body counts its English twin), once per
 * other string. Values inside `{ redact, value }` are left out: the field is counted as a whole.
 */
export function countLiteralMarkers(value: unknown): number {
  if (typeof value === 'string') return literalMarkerSpans(value).length;
  if (!value || typeof value !== 'object') return 0;
  // Kept with the data it was counted in: the dev server hands back the same parsed data while a file is unchanged.
  let count = counted.get(value);
  if (count === undefined) counted.set(value, (count = countIn(value)));
  return count;
}

const counted = new WeakMap<object, number>();

function countIn(value: object): number {
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + countLiteralMarkers(item), 0);
  const record = value as Record<string, unknown>;
  if ('redact' in record && 'value' in record) return 0;
  if (typeof record['en'] === 'string' && typeof record['fr'] === 'string') {
    return Math.max(countLiteralMarkers(record['en']), countLiteralMarkers(record['fr']));
  }
  return Object.values(record).reduce<number>((sum, item) => sum + countLiteralMarkers(item), 0);
}
