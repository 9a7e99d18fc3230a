/**
 * The redact pass (DESIGN.md, "Data flows one way"): from the checked sources, the files of one
 * edition's copy of content/. Pure: it returns file contents and counts, and writes nothing.
 *
 * Public edition: every <Redact> passage is spliced out of the text in place (line numbers kept),
 * every `{ redact, value }` field becomes `{ redacted: [markers] }`, withheld entries are left out
 * and references to them become markers. Internal edition: everything is kept.
 * Both: literal "[REDACTED]" in imported text becomes a marker with the unspecified basis.
 */
import type { Edition } from './edition.ts';
import type { EntrySource, LoadedBinder } from './load.ts';
import type { MdxFacts } from './mdx-source.ts';
import { imagePath } from './images.ts';
import { countLiteralMarkers } from './yaml-text.ts';
import { languages, type Lang } from '../schemas/localized.ts';
import { rewriteBody } from './rewrite-body.ts';
import { withContactsWithheld } from './people-contacts.ts';
import { copyDataItems, withheldStatistics } from './data-collections.ts';
import { unspecifiedMarker } from '../core/literal-markers.ts';
import { binderForEdition } from './binder-structure.ts';

export interface RegisterRow {
  collection: string;
  id: string;
  /** Passages per marker id on this entry's pages (bodies and fields). */
  counts: Record<string, number>;
}

export interface EditionCopy {
  /** Files of the copy, by path relative to the copy's root, e.g. `forums/igc.json`. */
  files: Map<string, string | Buffer>;
  /** `statistics`: statistics with a withheld value or source, per marker (counted, never named). */
  register: { rows: RegisterRow[]; withheld: Record<string, number>; statistics: Record<string, number>; totals: Record<string, number> };
  /** Ids (`collection/id`) of entries left out of this edition. */
  withheld: string[];
  /** How many passages and fields this edition replaced with markers. */
  redactionsApplied: number;
}

export interface RedactOptions {
  edition: Edition;
  /** Latest commit date per source file (`forums/igc.yaml` → `2026-11-20`). */
  modified?: ReadonlyMap<string, string>;
}

export function redactBinder(loaded: LoadedBinder, options: RedactOptions): EditionCopy {
  const { edition } = options;
  const isPublic = edition === 'public';
  const files = new Map<string, string | Buffer>();
  const withheldEntries = new Map(loaded.entries.filter((e) => e.withheld).map((e) => [`${e.collection}/${e.id}`, e]));
  const withheldMarkers = (key: string) => {
    const entry = withheldEntries.get(key);
    return entry?.data.redact?.length ? entry.data.redact : [unspecifiedMarker];
  };
  const register: EditionCopy['register'] = { rows: [], withheld: {}, statistics: withheldStatistics(loaded.data), totals: {} };
  let redactionsApplied = 0;
  const count = (counts: Record<string, number>, markers: readonly string[]) => {
    for (const marker of markers) {
      counts[marker] = (counts[marker] ?? 0) + 1;
      register.totals[marker] = (register.totals[marker] ?? 0) + 1;
    }
  };

  if (loaded.binder) files.set('binder.json', json(binderForEdition(loaded.binder.yaml.data, isPublic ? withheldEntries : undefined)));
  files.set('glossary.json', json(loaded.glossary?.yaml.data ?? { terms: [] }));
  for (const [id, marker] of loaded.markers) files.set(`redaction-markers/${id}.json`, json(marker.yaml.data));
  redactionsApplied += copyDataItems(loaded.data, isPublic, files);

  for (const entry of loaded.entries) {
    const key = `${entry.collection}/${entry.id}`;
    if (entry.withheld) {
      count(register.withheld, withheldMarkers(key));
      if (isPublic) continue;
    }
    const counts: Record<string, number> = {};
    // A person's contacts are withheld by default (people-contacts.ts), then redacted as any field.
    const raw = { ...entry, yaml: { ...entry.yaml, data: withContactsWithheld(entry.collection, entry.yaml.data) } };
    const data = rewriteData(raw, {
      redactField: (markers) => {
        count(counts, markers);
        if (!isPublic) return undefined;
        redactionsApplied++;
        return { redacted: markers };
      },
      redactRef: (target) => {
        if (!withheldEntries.has(target)) return undefined;
        count(counts, withheldMarkers(target));
        if (!isPublic) return undefined;
        redactionsApplied++;
        return { redacted: withheldMarkers(target) };
      },
    });
    const modified = latest([entry.yaml.source.rel, ...languages.map((l) => entry.bodies[l]?.source.rel)], options.modified);
    if (modified && !data['modified']) data['modified'] = modified;
    files.set(`${key}.json`, json(data));
    // Literal markers in the data ("[REDACTED]" in an imported title) are passages with an unspecified basis.
    for (let i = countLiteralMarkers(entry.yaml.data); i > 0; i--) count(counts, [unspecifiedMarker]);

    const withheldRef = (to: string) => (withheldEntries.has(to) ? withheldMarkers(to) : undefined);
    redactionsApplied += copyBodies(entry, { loaded, isPublic, files, withheldRef, count: (markers) => count(counts, markers) });
    if (Object.keys(counts).length > 0) register.rows.push({ collection: entry.collection, id: entry.id, counts });
  }
  files.set('_register.json', json({ edition, ...register, collections: heldCollections(files) }));
  return { files, register, withheld: [...withheldEntries.keys()], redactionsApplied };
}

/**
 * The collections this copy holds something in (a folder of entries, a non-empty `_statistics.json`):
 * the site asks Astro for those only (src/site/store.ts), since Astro warns of every empty one at
 * each read of its store, in the dev server at each save.
 */
function heldCollections(files: ReadonlyMap<string, string | Buffer>): string[] {
  const held = new Set<string>();
  for (const [rel, contents] of files) {
    const folder = /^([^/_][^/]*)\//.exec(rel)?.[1];
    if (folder) held.add(rel.endsWith('.mdx') ? 'bodies' : folder);
    const single = /^_([a-z]+)\.json$/.exec(rel)?.[1];
    if (single && single !== 'register' && Object.keys(JSON.parse(String(contents)) as object).length > 0) held.add(single);
  }
  return [...held].sort();
}

/** An entry's bodies as this edition publishes them, with their images; returns the passages replaced. */
function copyBodies(
  entry: LoadedBinder['entries'][number],
  pass: {
    loaded: LoadedBinder;
    isPublic: boolean;
    files: Map<string, string | Buffer>;
    withheldRef: (to: string) => string[] | undefined;
    count: (markers: string[]) => void;
  },
): number {
  const { loaded, isPublic, files } = pass;
  let replaced = 0;
  for (const lang of languages) {
    const body = entry.bodies[lang];
    if (!body) continue;
    // The register counts a page's passages once, on its English body (parity makes the French one the same).
    if (lang === 'en') countBody(body.facts, pass.count, pass.withheldRef);
    const edited = rewriteBody(body.source.text, body.facts, {
      isPublic,
      lang,
      refMarkers: (to) => (isPublic ? pass.withheldRef(to) : undefined),
    });
    if (isPublic) replaced += edited.replaced;
    files.set(`${entry.collection}/${entry.id}.${lang}.mdx`, edited.text);
    for (const image of body.facts.images) {
      if (isPublic && image.insideRedaction) continue;
      copyAsset(loaded, body.source.rel, image.url, files);
    }
  }
  return replaced;
}

function countBody(facts: MdxFacts, count: (markers: string[]) => void, withheldRef: (to: string) => string[] | undefined) {
  for (const span of facts.spans) if (span.depth === 0) count(span.markers);
  for (let i = 0; i < facts.literals.length; i++) count([unspecifiedMarker]);
  for (const ref of facts.refs) {
    const markers = ref.insideRedaction ? undefined : withheldRef(ref.to);
    if (markers) count(markers);
  }
}

/**
 * Rewrites an entry's raw data (as the editor wrote it, so that Astro validates the same shape)
 * guided by the parsed data: a `{ redact, value }` field, or a parsed reference `{ collection, id }`
 * at the same path.
 */
function rewriteData(
  entry: EntrySource,
  hooks: { redactField: (markers: string[]) => object | undefined; redactRef: (target: string) => object | undefined },
): Record<string, unknown> {
  const walk = (raw: unknown, parsed: unknown, top: boolean): unknown => {
    if (Array.isArray(raw)) return raw.map((item, i) => walk(item, Array.isArray(parsed) ? parsed[i] : undefined, false));
    if (isRef(parsed) && (typeof raw === 'string' || (raw && typeof raw === 'object'))) {
      return hooks.redactRef(`${parsed.collection}/${parsed.id}`) ?? raw;
    }
    if (raw && typeof raw === 'object') {
      const record = raw as Record<string, unknown>;
      // `{ redact, value }`, or `{ redact }` alone (withheld, value not recorded).
      if (!top && 'redact' in record && ('value' in record || Object.keys(record).length === 1)) {
        const markers = Array.isArray(record['redact'])
          ? (record['redact'] as string[])
          : String(record['redact'])
              .split(/[\s,]+/)
              .filter(Boolean);
        return hooks.redactField(markers) ?? record;
      }
      const parsedRecord = (parsed && typeof parsed === 'object' ? parsed : {}) as Record<string, unknown>;
      return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, walk(v, parsedRecord[k], false)]));
    }
    return raw;
  };
  return walk(entry.yaml.data, entry.data, true) as Record<string, unknown>;
}

function isRef(value: unknown): value is { collection: string; id: string } {
  if (!value || typeof value !== 'object') return false;
  const keys = Object.keys(value);
  return keys.length === 2 && keys.includes('collection') && keys.includes('id');
}

function copyAsset(loaded: LoadedBinder, bodyRel: string, url: string, files: Map<string, string | Buffer>) {
  const rel = imagePath(bodyRel, url);
  const asset = rel === undefined ? undefined : loaded.assets.find((a) => a.rel === rel);
  if (asset) files.set(asset.rel, asset.bytes);
}

function latest(sourceFiles: (string | undefined)[], modified?: ReadonlyMap<string, string>): string | undefined {
  let best: string | undefined;
  for (const file of sourceFiles) {
    const date = file ? modified?.get(file) : undefined;
    if (date && (!best || date > best)) best = date;
  }
  return best;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export type { Lang };
