/**
 * Loads and checks the whole binder from content/: every YAML file against its schema, every
 * reference, every marker id, every MDX body, and the English/French parity. Problems come back
 * all at once as diagnostics; nothing here writes files or knows about editions.
 */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { readSources, type SourceAsset, type SourceFile } from './sources.ts';
import { parseYaml, positionOf, type YamlSource } from './yaml-source.ts';
import { analyseMdx, type MdxFacts } from './mdx-source.ts';
import { checkImages } from './images.ts';
import { closest, displayPath, type Diagnostic } from '../lib/diagnostics.ts';
import type { RuleId } from '../lib/error-catalogue.ts';
import { describeIssues, formatPath, type IssuePath } from '../lib/zod-issues.ts';
import { binderSchema, type Binder } from '../schemas/binder.ts';
import { glossarySchema, type Glossary } from '../schemas/glossary.ts';
import { redactionMarkerSchema, type RedactionMarker } from '../schemas/redaction-marker.ts';
import { entrySchemas, entryCollections, type EntryCollection } from '../schemas/collections.ts';
import { languages, type Lang } from '../schemas/localized.ts';
import type { RefFactory } from '../schemas/reference.ts';

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
  entries: EntrySource[];
  assets: SourceAsset[];
  diagnostics: Diagnostic[];
}

export interface LoadOptions {
  /** `dev` reports a missing translation as a warning, so editors can draft one language first. */
  mode?: 'build' | 'dev';
}

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const singular: Record<EntryCollection, string> = { forums: 'forum', stakeholders: 'organisation', 'funding-programs': 'funding program', notes: 'note' };

/** Loads the binder whose sources are in `dir` (absolute: content/ or BINDER_CONTENT). */
export function loadBinder(dir: string, options: LoadOptions = {}): LoadedBinder {
  const { files, assets, diagnostics } = readSources(dir);
  // Only the dev server loads the binder more than once: a build keeps no cache (nor its memory).
  const cache = options.mode === 'dev';
  const result: LoadedBinder = { markers: new Map(), entries: [], assets, diagnostics };
  const error = (file: string, rule: RuleId, message: string, place: { line?: number; column?: number } = {}, hint?: string) =>
    diagnostics.push({ file, rule, message, severity: 'error', ...place, ...(hint ? { hint } : {}) });

  // 1. Sort files by role, from their place in content/.
  let binderFile: SourceFile | undefined;
  let glossaryFile: SourceFile | undefined;
  const markerFiles: SourceFile[] = [];
  const entryFiles = new Map<string, { collection: EntryCollection; id: string; yaml?: SourceFile; bodies: Partial<Record<Lang, SourceFile>> }>();
  for (const file of files) {
    const parts = file.rel.split('/');
    if (file.rel === 'binder.yaml') {
      binderFile = file;
      continue;
    }
    if (file.rel === 'glossary.yaml') {
      glossaryFile = file;
      continue;
    }
    const [folder, name] = parts;
    if (parts.length !== 2 || !folder || !name) {
      error(file.file, 'unknown-location', 'Binder reads content/binder.yaml, content/glossary.yaml and files one level down in a collection folder', {}, `collections: redaction-markers, ${entryCollections.join(', ')}`);
      continue;
    }
    const match = /^(.*?)(?:\.(en|fr))?\.(yaml|yml|mdx|md)$/.exec(name);
    const id = match?.[1] ?? name;
    const lang = match?.[2] as Lang | undefined;
    const extension = match?.[3];
    if (!idPattern.test(id)) {
      error(file.file, 'bad-id', `"${id}" cannot be an id: use lower case letters, digits and hyphens`, {}, `rename it, e.g. ${id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}.${extension}`);
      continue;
    }
    if (extension === 'md') {
      error(file.file, 'md-not-mdx', 'bodies are .mdx files', {}, `rename it to ${id}${lang ? `.${lang}` : ''}.mdx`);
      continue;
    }
    if (folder === 'redaction-markers') {
      if (extension === 'mdx') error(file.file, 'unknown-location', 'redaction markers have no MDX body');
      else markerFiles.push(file);
      continue;
    }
    if (!(entryCollections as readonly string[]).includes(folder)) {
      const suggestion = closest(folder, [...entryCollections, 'redaction-markers']);
      error(file.file, 'unknown-collection', `"${folder}" is not a collection`, {}, suggestion ? `did you mean content/${suggestion}/?` : undefined);
      continue;
    }
    const collection = folder as EntryCollection;
    const key = `${collection}/${id}`;
    const slot = entryFiles.get(key) ?? { collection, id, bodies: {} };
    entryFiles.set(key, slot);
    if (extension === 'mdx') {
      if (!lang) error(file.file, 'body-language', 'a body names its language: <id>.en.mdx or <id>.fr.mdx');
      else slot.bodies[lang] = file;
    } else if (lang) {
      error(file.file, 'unknown-location', 'the data file has no language in its name: both languages live in it', {}, `rename it to ${id}.yaml`);
    } else if (slot.yaml) {
      error(file.file, 'duplicate-id', `two files define ${key}`, {}, `keep one of ${slot.yaml.file} and ${file.file}`);
    } else {
      slot.yaml = file;
    }
  }

  // 2. The binder and the marker registry.
  if (!binderFile) error(`${displayPath(dir)}/binder.yaml`, 'binder-missing', 'content/binder.yaml is missing', {}, 'it names the binder, the minister and the as-of date');
  else {
    const parsed = validate(binderFile, binderSchema, diagnostics, 'binder', cache);
    if (parsed) result.binder = parsed as { yaml: YamlSource; data: Binder };
  }
  if (glossaryFile) {
    const parsed = validate(glossaryFile, glossarySchema, diagnostics, 'glossary', cache);
    if (parsed) result.glossary = parsed as { yaml: YamlSource; data: Glossary };
  }
  for (const file of markerFiles) {
    const parsed = validate(file, redactionMarkerSchema, diagnostics, 'marker', cache);
    if (parsed) result.markers.set(file.rel.split('/')[1]!.replace(/\.ya?ml$/, ''), parsed as { yaml: YamlSource; data: RedactionMarker });
  }
  const markerIds = new Set(result.markers.keys());

  // 3. Entries: ids first, so references can be checked in any order.
  const ids = Object.fromEntries(entryCollections.map((c) => [c, new Set<string>()])) as Record<EntryCollection, Set<string>>;
  for (const slot of entryFiles.values()) if (slot.yaml) ids[slot.collection].add(slot.id);
  const ref = ((collection: EntryCollection) =>
    z.string().transform((id, ctx) => {
      if (!ids[collection].has(id)) {
        const suggestion = closest(id, ids[collection]);
        ctx.addIssue({ code: 'custom', message: `there is no ${singular[collection]} "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}` });
        return z.NEVER;
      }
      return { collection, id };
    })) as unknown as RefFactory;
  const entryIds = new Set([...entryFiles.values()].filter((s) => s.yaml).map((s) => `${s.collection}/${s.id}`));
  // What an entry's validation depends on besides its own text: the ids references may name.
  const idsKey = createHash('sha256').update([...entryIds].sort().join('\n')).digest('hex');
  const markersKey = [...markerIds].sort().join(' ');
  // One schema per collection for the whole binder: Zod compiles a schema on its first use.
  const schemas = new Map<EntryCollection, z.ZodType>();
  const schemaOf = (collection: EntryCollection) => {
    let schema = schemas.get(collection);
    if (!schema) schemas.set(collection, (schema = entrySchemas[collection](ref) as z.ZodType));
    return schema;
  };

  for (const slot of [...entryFiles.values()].sort((a, b) => (a.collection + a.id < b.collection + b.id ? -1 : 1))) {
    if (!slot.yaml) {
      for (const body of Object.values(slot.bodies)) {
        error(body.file, 'body-without-data', `there is no content/${slot.collection}/${slot.id}.yaml for this body`, {}, 'every entry has a .yaml file with its facts');
      }
      continue;
    }
    const parsed = validate(slot.yaml, schemaOf(slot.collection), diagnostics, `${slot.collection} ${idsKey}`, cache);
    if (!parsed) continue;
    checkMarkerIds(parsed.yaml, markerIds, diagnostics);
    const data = parsed.data as EntrySource['data'];
    const entry: EntrySource = {
      collection: slot.collection,
      id: slot.id,
      yaml: parsed.yaml,
      data,
      bodies: {},
      withheld: data.classification !== 'unclassified' || (data.redact?.length ?? 0) > 0,
    };
    for (const lang of languages) {
      const body = slot.bodies[lang];
      if (!body) continue;
      const analysed = analyseCached(body, { markers: markerIds, entries: entryIds }, `${idsKey} ${markersKey}`, cache);
      diagnostics.push(...analysed.diagnostics);
      if (analysed.facts) diagnostics.push(...checkImages(body, analysed.facts, assets));
      if (analysed.facts) entry.bodies[lang] = { source: body, facts: analysed.facts };
    }
    checkParity(slot, entry, options.mode ?? 'build', diagnostics);
    result.entries.push(entry);
  }
  return result;
}

// The dev server loads the binder again on every save: a data file whose text and context (the
// ids its references may name) are unchanged is not parsed and validated again (dev only). Results are
// never mutated by the later stages, so sharing them is safe.
type Validated = { yaml: YamlSource; data: unknown } | undefined;
const validations = new Map<string, { result: Validated; diagnostics: Diagnostic[] }>();
function validate(file: SourceFile, schema: z.ZodType, diagnostics: Diagnostic[], context: string, cache: boolean): Validated {
  if (!cache) return validateNow(file, schema, diagnostics);
  const key = `${context}\u0000${file.file}\u0000${file.text}`;
  let cached = validations.get(key);
  if (!cached) {
    const own: Diagnostic[] = [];
    cached = { result: validateNow(file, schema, own), diagnostics: own };
    if (validations.size > 20_000) validations.clear();
    validations.set(key, cached);
  }
  diagnostics.push(...cached.diagnostics);
  return cached.result;
}

// Likewise for bodies: the analysis depends on the text and on the markers and ids it may name.
const analyses = new Map<string, ReturnType<typeof analyseMdx>>();
function analyseCached(body: SourceFile, known: Parameters<typeof analyseMdx>[1], context: string, cache: boolean): ReturnType<typeof analyseMdx> {
  if (!cache) return analyseMdx(body, known);
  const key = `${context}\u0000${body.file}\u0000${body.text}`;
  let analysed = analyses.get(key);
  if (!analysed) {
    analysed = analyseMdx(body, known);
    if (analyses.size > 20_000) analyses.clear();
    analyses.set(key, analysed);
  }
  return analysed;
}

function validateNow(file: SourceFile, schema: z.ZodType, diagnostics: Diagnostic[]): Validated {
  const { yaml, diagnostics: yamlProblems } = parseYaml(file);
  diagnostics.push(...yamlProblems);
  if (!yaml) return undefined;
  const parsed = schema.safeParse(yaml.data);
  if (parsed.success) return { yaml, data: parsed.data };
  for (const problem of describeIssues(parsed.error.issues, yaml.data)) {
    diagnostics.push({
      file: file.file,
      ...positionOf(yaml, problem.path),
      rule: problem.message.startsWith('there is no ') ? 'unknown-reference' : 'invalid-field',
      severity: 'error',
      message: problem.path.length ? `${formatPath(problem.path)}: ${problem.message}` : problem.message,
    });
  }
  return undefined;
}

/** Every `redact:` in a data file names a marker of the registry. */
function checkMarkerIds(yaml: YamlSource, markers: ReadonlySet<string>, diagnostics: Diagnostic[]) {
  const visit = (value: unknown, path: IssuePath) => {
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'redact') {
          const list = Array.isArray(child) ? child : String(child).split(/[\s,]+/).filter(Boolean);
          for (const marker of list as string[]) {
            if (!markers.has(marker)) {
              const suggestion = closest(marker, markers);
              diagnostics.push({
                file: yaml.source.file,
                ...positionOf(yaml, [...path, key]),
                rule: 'unknown-marker',
                severity: 'error',
                message: `${formatPath([...path, key])}: "${marker}" is not a redaction marker`,
                hint: suggestion ? `did you mean "${suggestion}"?` : 'markers are listed in content/redaction-markers/',
              });
            }
          }
        } else visit(child, [...path, key]);
      }
    }
  };
  visit(yaml.data, []);
}

/** Every entry exists in both languages, with the same redactions in the same order. */
function checkParity(
  slot: { collection: EntryCollection; id: string; bodies: Partial<Record<Lang, SourceFile>> },
  entry: EntrySource,
  mode: 'build' | 'dev',
  diagnostics: Diagnostic[],
) {
  const present = languages.filter((lang) => slot.bodies[lang]);
  const folder = slot.bodies[present[0] ?? 'en']?.file.replace(/\/[^/]+$/, '');
  const path = (lang: Lang) => `${folder}/${slot.id}.${lang}.mdx`;
  if (present.length === 0) return; // A data-only entry is allowed: its page shows the facts.
  for (const lang of languages) {
    if (slot.bodies[lang]) continue;
    const twin = present[0]!;
    diagnostics.push({
      file: path(lang),
      rule: 'missing-translation',
      severity: mode === 'dev' ? 'warning' : 'error',
      message: `${path(lang)} is missing: it is the ${lang === 'fr' ? 'French' : 'English'} twin of ${path(twin)}`,
      hint: 'every page exists in English and French; copy the twin and translate it',
    });
  }
  const [en, fr] = [entry.bodies.en, entry.bodies.fr];
  if (en && fr) {
    const a = en.facts.markerSequence.join(' | ');
    const b = fr.facts.markerSequence.join(' | ');
    if (a !== b) {
      diagnostics.push({
        file: fr.source.file,
        rule: 'translation-redactions-differ',
        severity: mode === 'dev' ? 'warning' : 'error',
        message: `the redactions differ from ${en.source.file}: English has [${a || 'none'}], French has [${b || 'none'}]`,
        hint: 'both languages redact the same passages, with the same markers, in the same order',
      });
    }
  }
}
