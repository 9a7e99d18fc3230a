/**
 * Loads and checks the whole binder from content/: every YAML file against its schema, every
 * reference, every marker id, every MDX body, and the English/French parity. Problems come back
 * all at once as diagnostics; nothing here writes files or knows about editions.
 *
 * Logs must be safe to publish, so which entries are withheld is known before anything is
 * validated: "did you mean" hints draw on public ids only, and every diagnostic that names a
 * withheld entry's file says so (`withheld`), for a public build's log to mask it.
 */
import { type z } from 'astro/zod';
import { readSources, type SourceAsset, type SourceFile } from './sources.ts';
import type { YamlSource } from './yaml-source.ts';
import type { MdxFacts } from './mdx-source.ts';
import { checkImages } from './images.ts';
import { sortByRole, type EntryFiles } from './source-roles.ts';
import { analyseCached, checkMarkerIds, parseFile, referenceContext, validate, type Parsed, type ReferenceContext } from './validate.ts';
import { checkParity } from './parity.ts';
import { checkContactMarker } from './people-contacts.ts';
import { checkPersonTitles } from './people-titles.ts';
import { checkNoteKinds } from './note-kind-checks.ts';
import { dataIds, loadDataItems, type DataIds, type DataItems } from './data-collections.ts';
import { checkStatisticAges } from './statistics-age.ts';
import { checkBinderStructure, noteIds } from './binder-structure.ts';
import { displayPath, markWithheld, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/report.ts';
import { binderSchema, type Binder } from '../schemas/binder.ts';
import { glossarySchema, type Glossary } from '../schemas/glossary.ts';
import { redactionMarkerSchema, type RedactionMarker } from '../schemas/redaction-marker.ts';
import type { EntryCollection } from '../schemas/collections.ts';
import { languages, type Lang } from '../schemas/localized.ts';

export interface Body {
  source: SourceFile;
  facts: MdxFacts;
}

export interface EntrySource {
  collection: EntryCollection;
  id: string;
  yaml: YamlSource;
  /** The entry as its schema parsed it. */
  data: Record<string, unknown> & { classification: string; redact?: string[] };
  bodies: Partial<Record<Lang, Body>>;
  /** Withheld from the public edition as a whole (classified above unclassified, or `redact:`). */
  withheld: boolean;
}

export interface LoadedBinder {
  binder?: { yaml: YamlSource; data: Binder };
  glossary?: { yaml: YamlSource; data: Glossary };
  markers: Map<string, { yaml: YamlSource; data: RedactionMarker }>;
  /** Statistics and legislation (content/statistics/, content/legislation/). */
  data: DataItems;
  entries: EntrySource[];
  assets: SourceAsset[];
  diagnostics: Diagnostic[];
}

export interface LoadOptions {
  /** `dev` reports a missing translation as a warning, so editors can draft one language first. */
  mode?: 'build' | 'dev';
}

/** Loads the binder whose sources are in `dir` (absolute: content/ or BINDER_CONTENT). */
// Long because it sequences every kind of source (binder, glossary, markers, statistics and legislation, entries, parts) in the one order that keeps logs safe.
export function loadBinder(dir: string, options: LoadOptions = {}): LoadedBinder {
  const { files, assets, diagnostics, unreadable } = readSources(dir, { cache: options.mode === 'dev' });
  // Only the dev server loads the binder more than once: a build keeps no cache (nor its memory).
  const cache = options.mode === 'dev';
  const result: LoadedBinder = {
    markers: new Map(),
    data: { statistics: new Map(), legislation: new Map() },
    entries: [],
    assets,
    diagnostics,
  };
  const roles = sortByRole(files, unreadable, diagnostics);

  // The binder and the marker registry.
  const parseAndValidate = (file: SourceFile, schema: z.ZodType, context: string) => {
    const parsed = parseFile(file, cache);
    diagnostics.push(...parsed.diagnostics);
    return parsed.yaml && validate(parsed.yaml, schema, diagnostics, context, cache);
  };
  if (roles.binderFile) {
    const parsed = parseAndValidate(roles.binderFile, binderSchema, 'binder');
    if (parsed) result.binder = parsed as { yaml: YamlSource; data: Binder };
  } else if (!roles.binderUnreadable) {
    diagnostics.push(diagnostic(`${displayPath(dir)}/binder.yaml`, undefined, 'binder-missing', {}));
  }
  if (roles.glossaryFile) {
    const parsed = parseAndValidate(roles.glossaryFile, glossarySchema, 'glossary');
    if (parsed) result.glossary = parsed as { yaml: YamlSource; data: Glossary };
  }
  for (const file of roles.markerFiles) {
    const parsed = parseAndValidate(file, redactionMarkerSchema, 'marker');
    if (parsed) result.markers.set(file.rel.split('/')[1]!.replace(/\.ya?ml$/, ''), parsed as { yaml: YamlSource; data: RedactionMarker });
  }

  result.data = loadDataItems(roles.dataFiles, { cache, markers: new Set(result.markers.keys()) }, diagnostics);
  if (result.binder) checkStatisticAges(result.binder.data, result.data.statistics, diagnostics);

  // Entries: parsed first, so that which are withheld is known before any reference is checked.
  const slots = [...roles.entryFiles.values()].sort((a, b) => (a.collection + a.id < b.collection + b.id ? -1 : 1));
  const parsedYaml = new Map<EntryFiles, Parsed>();
  const withheld = new Set<string>();
  for (const slot of slots) {
    const parsed = slot.yaml && parseFile(slot.yaml, cache);
    if (parsed) parsedYaml.set(slot, parsed);
    if (isWithheld(slot, parsed)) withheld.add(`${slot.collection}/${slot.id}`);
  }
  const context = referenceContext(slots, withheld);
  for (const slot of slots) {
    const entry = loadEntry(
      slot,
      parsedYaml.get(slot),
      context,
      {
        mode: options.mode ?? 'build',
        cache,
        folder: `${displayPath(dir)}/${slot.collection}`,
        markers: new Set(result.markers.keys()),
        data: dataIds(roles.dataFiles),
        assets,
      },
      diagnostics,
    );
    if (entry) result.entries.push(entry);
  }
  if (result.binder) checkBinderStructure(result.binder, noteIds(slots, withheld), diagnostics);
  checkNoteKinds(result.entries, diagnostics);
  markWithheld(diagnostics, withheld);
  return result;
}

/**
 * Withheld as a whole: classified above unclassified (or a classification that is not one), or
 * a top-level `redact:`. A data file that cannot be parsed or read is judged on its lines, erring
 * on the side of withheld: its name must not reach a public build's log.
 */
function isWithheld(slot: EntryFiles, parsed: Parsed | undefined): boolean {
  const data = parsed?.yaml?.data as Record<string, unknown> | undefined;
  if (data) return 'redact' in data || (data['classification'] !== undefined && data['classification'] !== 'unclassified');
  const text = slot.yaml?.text ?? slot.unreadableYaml;
  if (text === undefined) return slot.unreadable.has('yaml');
  return /^(?:redact\s*:|classification\s*:\s*(?!["']?unclassified["']?\s*(?:#.*)?$))/m.test(text);
}

function loadEntry(
  slot: EntryFiles,
  parsed: Parsed | undefined,
  context: ReferenceContext,
  options: { mode: 'build' | 'dev'; cache: boolean; folder: string; markers: ReadonlySet<string>; data: DataIds; assets: SourceAsset[] },
  diagnostics: Diagnostic[],
): EntrySource | undefined {
  if (!slot.yaml) {
    // A data file that exists but could not be read is reported already, once.
    if (slot.unreadable.has('yaml')) return undefined;
    for (const body of Object.values(slot.bodies)) {
      diagnostics.push(diagnostic(body.file, undefined, 'body-without-data', { collection: slot.collection, id: slot.id }));
    }
    return undefined;
  }
  diagnostics.push(...(parsed?.diagnostics ?? []));
  const validated =
    parsed?.yaml &&
    validate(parsed.yaml, context.schemaOf(slot.collection), diagnostics, `${slot.collection} ${context.key}`, options.cache);
  if (validated) checkMarkerIds(validated.yaml, options.markers, diagnostics);
  if (validated) checkContactMarker(slot.collection, validated.yaml, options.markers, diagnostics);
  if (validated) checkPersonTitles(slot.collection, validated.yaml, validated.data, diagnostics);
  // Bodies are checked even when the data file is not valid: every problem is reported at once.
  const bodies: EntrySource['bodies'] = {};
  const known = { markers: options.markers, entries: context.entries, publicEntries: context.publicEntries, data: options.data };
  const dataKey = `${[...options.data.statistics].sort().join(' ')} | ${[...options.data.legislation].sort().join(' ')}`;
  const markersKey = `${[...options.markers].sort().join(' ')} ${dataKey}`;
  for (const lang of languages) {
    const body = slot.bodies[lang];
    if (!body) continue;
    const analysed = analyseCached(body, known, `${context.key} ${markersKey}`, options.cache);
    diagnostics.push(...analysed.diagnostics);
    if (analysed.facts) diagnostics.push(...checkImages(body, analysed.facts, options.assets));
    if (analysed.facts) bodies[lang] = { source: body, facts: analysed.facts };
  }
  diagnostics.push(
    ...checkParity(
      { folder: options.folder, id: slot.id, files: slot.bodies, unreadable: slot.unreadable, analysed: bodies },
      options.mode,
    ),
  );
  if (!validated) return undefined;
  const data = validated.data as EntrySource['data'];
  const withheld = data.classification !== 'unclassified' || (data.redact?.length ?? 0) > 0;
  return { collection: slot.collection, id: slot.id, yaml: validated.yaml, data, bodies, withheld };
}
