/**
 * Parsing and validating one data file, and analysing one body, for the loader; and the schemas
 * entries are validated with, whose references check ids against the binder's entries. The dev server
 * loads the binder again on every save: a file whose text and context (the ids its references may
 * name, the markers it may cite) are unchanged is not parsed, validated or analysed again (dev only;
 * a build keeps no cache, nor its memory). Results are never mutated by the later stages, so
 * sharing them is safe.
 */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { parseYaml, yamlReporter, type YamlSource } from './yaml-source.ts';
import { checkYamlText } from './yaml-text.ts';
import { analyseMdx } from './mdx-source.ts';
import type { SourceFile } from './sources.ts';
import type { EntryFiles } from './source-roles.ts';
import { closest, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { describeIssues, formatPath, type IssuePath, type UnresolvedReference } from '../diagnostics/zod-issues.ts';
import { entrySchemas, type EntryCollection } from '../schemas/collections.ts';
import type { RefFactory } from '../schemas/reference.ts';

export type Parsed = { yaml?: YamlSource; diagnostics: Diagnostic[] };
export type Validated = { yaml: YamlSource; data: unknown } | undefined;

// Kept with the parsed objects they were made from (the sources cache hands back the same
// SourceFile while a file is unchanged, sources.ts; the parse cache then the same YamlSource), per
// context: no key is built from a file's text, which would copy every file on every save.
const parses = new WeakMap<SourceFile, Map<string, Parsed>>();
const validations = new WeakMap<YamlSource, Map<string, { result: Validated; diagnostics: Diagnostic[] }>>();
const analyses = new WeakMap<SourceFile, Map<string, ReturnType<typeof analyseMdx>>>();

function remember<K extends object, T>(map: WeakMap<K, Map<string, T>>, of: K, context: string, make: () => T): T {
  let own = map.get(of);
  if (!own) map.set(of, (own = new Map<string, T>()));
  let value = own.get(context);
  if (value === undefined) {
    value = make();
    // A file's earlier contexts are of no use once its context changed (ids added or removed).
    own.clear();
    own.set(context, value);
  }
  return value;
}

/** The file's YAML, and its syntax problems and tags in values (plain text only). */
export function parseFile(file: SourceFile, cache: boolean): Parsed {
  const parse = (): Parsed => {
    const parsed = parseYaml(file);
    return parsed.yaml ? { yaml: parsed.yaml, diagnostics: [...parsed.diagnostics, ...checkYamlText(parsed.yaml)] } : parsed;
  };
  return cache ? remember(parses, file, '', parse) : parse();
}

/** Validates parsed YAML against a schema; problems go to `diagnostics`, at the field's place. */
export function validate(yaml: YamlSource, schema: z.ZodType, diagnostics: Diagnostic[], context: string, cache: boolean): Validated {
  if (!cache) return validateNow(yaml, schema, diagnostics);
  const make = () => {
    const own: Diagnostic[] = [];
    return { result: validateNow(yaml, schema, own), diagnostics: own };
  };
  const cached = remember(validations, yaml, context, make);
  diagnostics.push(...cached.diagnostics);
  return cached.result;
}

export function analyseCached(
  body: SourceFile,
  known: Parameters<typeof analyseMdx>[1],
  context: string,
  cache: boolean,
): ReturnType<typeof analyseMdx> {
  if (!cache) return analyseMdx(body, known);
  return remember(analyses, body, context, () => analyseMdx(body, known));
}

function validateNow(yaml: YamlSource, schema: z.ZodType, diagnostics: Diagnostic[]): Validated {
  const parsed = schema.safeParse(yaml.data);
  if (parsed.success) return { yaml, data: parsed.data };
  const report = yamlReporter(yaml, diagnostics);
  for (const { path, problem, reference, hint, noteKind } of describeIssues(parsed.error.issues, yaml.data)) {
    // The reference check marks its own issues: which rule applies is known, not guessed from words.
    if (reference) report(path, 'unknown-reference', { in: 'data', path: formatPath(path), ...reference });
    else if (noteKind?.problem === 'missing')
      report(path, 'note-field-missing', { field: noteKind.field, kind: noteKind.kind, form: noteKind.form ?? noteKind.field });
    else if (noteKind)
      report(path, 'note-field-of-other-kind', { field: noteKind.field, kind: noteKind.kind, fieldKinds: noteKind.fieldKinds ?? [] });
    else report(path, 'invalid-field', { path: formatPath(path), problem, hint });
  }
  return undefined;
}

/** Every `redact:` in a data file names a marker of the registry. */
export function checkMarkerIds(yaml: YamlSource, markers: ReadonlySet<string>, diagnostics: Diagnostic[]) {
  const report = yamlReporter(yaml, diagnostics);
  const visit = (value: unknown, path: IssuePath) => {
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'redact') {
          const list = Array.isArray(child)
            ? child
            : String(child)
                .split(/[\s,]+/)
                .filter(Boolean);
          for (const marker of list as string[]) {
            if (markers.has(marker)) continue;
            report([...path, key], 'unknown-marker', { path: formatPath([...path, key]), marker, suggestion: closest(marker, markers) });
          }
        } else visit(child, [...path, key]);
      }
    }
  };
  visit(yaml.data, []);
}

const singular: Record<EntryCollection, string> = {
  forums: 'forum',
  stakeholders: 'organisation',
  'funding-programs': 'funding program',
  notes: 'note',
  people: 'person',
};

/** What references may name: every entry (withheld ones too), but suggest only public ones. */
export interface ReferenceContext {
  entries: Set<string>;
  publicEntries: Set<string>;
  schemaOf: (collection: EntryCollection) => z.ZodType;
  /** A key of the ids and their withheld state, for the dev server's caches. */
  key: string;
}

export function referenceContext(slots: EntryFiles[], withheld: ReadonlySet<string>): ReferenceContext {
  const known = slots.filter((s) => s.yaml || s.unreadable.has('yaml')).map((s) => `${s.collection}/${s.id}`);
  const entries = new Set(known);
  const publicEntries = new Set(known.filter((key) => !withheld.has(key)));
  const ids = (collection: EntryCollection, from: Set<string>) =>
    new Set([...from].filter((k) => k.startsWith(`${collection}/`)).map((k) => k.slice(collection.length + 1)));
  const ref = ((collection: EntryCollection) => {
    const all = ids(collection, entries);
    const visible = ids(collection, publicEntries);
    return z.string().transform((id, ctx) => {
      if (all.has(id)) return { collection, id };
      // The catalogue words it (unknown-reference): the issue carries what the message needs.
      const reference: UnresolvedReference = { noun: singular[collection], id, suggestion: closest(id, visible) };
      ctx.addIssue({ code: 'custom', params: { reference } });
      return z.NEVER;
    });
  }) as unknown as RefFactory;
  // One schema per collection for the whole binder: Zod compiles a schema on its first use.
  const schemas = new Map<EntryCollection, z.ZodType>();
  const schemaOf = (collection: EntryCollection) => {
    let schema = schemas.get(collection);
    if (!schema) schemas.set(collection, (schema = entrySchemas[collection](ref) as z.ZodType));
    return schema;
  };
  const key = createHash('sha256')
    .update(
      [...entries]
        .sort()
        .map((k) => `${k}${withheld.has(k) ? ' withheld' : ''}`)
        .join('\n'),
    )
    .digest('hex');
  return { entries, publicEntries, schemaOf, key };
}
