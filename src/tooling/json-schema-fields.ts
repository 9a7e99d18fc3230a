/**
 * Facts about one field of a schema, read from its JSON Schema (Zod's `z.toJSONSchema`, as the
 * editor's input): whether the field must be written, and which values it allows. Fields are
 * named as the editors' guide names them: `chair.current`, `canadaRoles[].role`.
 */

/** The part of JSON Schema (draft 2020-12) that Zod writes and this module reads. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
}

/** A schema and, depth first, every alternative it is made of (unions, intersections). */
function branches(node: JsonSchema): JsonSchema[] {
  return [node, ...[...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])].flatMap(branches)];
}

/** The allowed values of a schema that is a choice of fixed values, else undefined. */
function fixedValues(node: JsonSchema): unknown[] | undefined {
  if (node.enum) return node.enum;
  if ('const' in node) return [node.const];
  const alternatives = node.anyOf ?? node.oneOf;
  if (!alternatives?.length) return undefined;
  const values = alternatives.map(fixedValues);
  return values.every(Boolean) ? values.flat() : undefined;
}

/** A value as an editor writes it in YAML: `unclassified`, `[en, fr]`. */
function shown(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(shown).join(', ')}]`;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** `one of: a, b, c`, with the default when there is one. */
function describeValues(values: unknown[], fallback: unknown): string {
  return `one of: ${values.map(shown).join(', ')}${fallback === undefined ? '' : ` (default: ${shown(fallback)})`}`;
}

/** The field's type for the guide: its allowed values when fixed, else the schema as written. */
function describe(node: JsonSchema, written: string): string {
  const values = fixedValues(node);
  if (values) return describeValues(values, node.default);
  const items = node.type === 'array' && node.items ? fixedValues(node.items) : undefined;
  if (items)
    return `list, each ${describeValues(items, undefined)}${node.default === undefined ? '' : ` (default: ${shown(node.default)})`}`;
  return written;
}

/**
 * Whether the field at `fieldPath` must be written (when its parent is), and its type: the
 * allowed values if it has a fixed set, else `written`. Throws when the schema has no such
 * field, so the guide can never document a field the build does not read.
 */
export function fieldFacts(root: JsonSchema, fieldPath: string, written: string): { required: boolean; type: string } {
  let node = root;
  let required = false;
  for (const segment of fieldPath.split('.')) {
    const name = segment.replace(/\[\]$/, '');
    const parent = branches(node).find((b) => b.properties?.[name]);
    if (!parent) throw new Error(`the schema has no field ${fieldPath} (at ${name})`);
    node = parent.properties![name]!;
    required = parent.required?.includes(name) ?? false;
    if (segment.endsWith('[]')) {
      const list = branches(node).find((b) => b.items);
      if (!list) throw new Error(`the schema's field ${fieldPath} is not a list`);
      node = list.items!;
    }
  }
  const nested = written === 'mapping' || written === 'list of mappings';
  return { required, type: nested ? written : describe(node, written) };
}
