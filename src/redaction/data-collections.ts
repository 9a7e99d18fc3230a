/**
 * The data collections without pages of their own (statistics, legislation): each file is
 * parsed and validated with its schema, its `redact:` markers checked, and its id offered to
 * the bodies' `<Stat id>` and `<Cite act>`. In the copy, a statistic's `{ redact, value }`
 * becomes `{ redacted: [markers] }` in the public edition, as entries' fields do, and the register
 * counts each statistic with a withheld field once per marker (withheldStatistics); the copy holds
 * each collection as one file, `_statistics.json` and `_legislation.json`.
 */
import type { z } from 'astro/zod';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { dataCollections, dataSchemas, type DataCollection } from '../schemas/data-collections.ts';
import type { Statistic } from '../schemas/statistic.ts';
import type { Legislation } from '../schemas/legislation.ts';
import type { SourceFile } from './sources.ts';
import type { YamlSource } from './yaml-source.ts';
import { checkMarkerIds, parseFile, validate } from './validate.ts';

export interface DataItems {
  statistics: Map<string, { yaml: YamlSource; data: Statistic }>;
  legislation: Map<string, { yaml: YamlSource; data: Legislation }>;
}

/** The ids each collection holds, valid or not (a body citing an invalid one is not also told it is unknown). */
export type DataIds = Record<DataCollection, ReadonlySet<string>>;

const idOf = (file: SourceFile) => file.rel.split('/')[1]!.replace(/\.ya?ml$/, '');

export function dataIds(files: Record<DataCollection, SourceFile[]>): DataIds {
  return { statistics: new Set(files.statistics.map(idOf)), legislation: new Set(files.legislation.map(idOf)) };
}

export function loadDataItems(
  files: Record<DataCollection, SourceFile[]>,
  options: { cache: boolean; markers: ReadonlySet<string> },
  diagnostics: Diagnostic[],
): DataItems {
  const items: DataItems = { statistics: new Map(), legislation: new Map() };
  for (const collection of dataCollections) {
    for (const file of files[collection]) {
      const parsed = parseFile(file, options.cache);
      diagnostics.push(...parsed.diagnostics);
      const schema = dataSchemas[collection] as z.ZodType;
      const validated = parsed.yaml && validate(parsed.yaml, schema, diagnostics, collection, options.cache);
      if (!validated) continue;
      checkMarkerIds(validated.yaml, options.markers, diagnostics);
      (items[collection] as Map<string, unknown>).set(idOf(file), validated);
    }
  }
  return items;
}

/** The copy's files of the data collections; returns how many values the public edition replaced. */
export function copyDataItems(items: DataItems, isPublic: boolean, files: Map<string, string | Buffer>): number {
  let replaced = 0;
  // One file per collection, an object by id, written even when empty: Astro's file() loader
  // reads an empty object without a warning, where a glob over a missing folder warns.
  for (const collection of dataCollections) {
    const byId: Record<string, unknown> = {};
    for (const [id, item] of [...items[collection]].sort(([a], [b]) => (a < b ? -1 : 1))) {
      byId[id] = withoutRedacted(item.yaml.data, isPublic, () => replaced++);
    }
    files.set(`_${collection}.json`, `${JSON.stringify(byId, null, 2)}\n`);
  }
  return replaced;
}

/**
 * The register's count of statistics with a withheld value or source: once per statistic and
 * marker, as a withheld entry is counted, never by id (the register's row names no statistic).
 */
export function withheldStatistics(items: DataItems): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { data } of items.statistics.values()) {
    const markers = new Set<string>();
    for (const field of Object.values(data)) {
      if (field && typeof field === 'object' && 'redact' in field && Array.isArray(field.redact))
        field.redact.forEach((m) => markers.add(m));
    }
    for (const marker of markers) counts[marker] = (counts[marker] ?? 0) + 1;
  }
  return counts;
}

/** `{ redact, value }` (or `{ redact }` alone, not recorded) below the top level becomes `{ redacted: [markers] }` in the public edition. */
function withoutRedacted(raw: unknown, isPublic: boolean, onReplace: () => void, top = true): unknown {
  if (Array.isArray(raw)) return raw.map((item) => withoutRedacted(item, isPublic, onReplace, false));
  if (!raw || typeof raw !== 'object') return raw;
  const record = raw as Record<string, unknown>;
  if (!top && isPublic && 'redact' in record && ('value' in record || Object.keys(record).length === 1)) {
    onReplace();
    const markers = record['redact'];
    return {
      redacted: Array.isArray(markers)
        ? markers
        : String(markers)
            .split(/[\s,]+/)
            .filter(Boolean),
    };
  }
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, withoutRedacted(v, isPublic, onReplace, false)]));
}
