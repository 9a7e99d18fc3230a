/**
 * Reads the field documentation out of the schemas themselves, so that the editors' guide and
 * the `npm run new` templates cannot drift from what the build accepts. What a field accepts
 * (required or not, its allowed values, its default) comes from the schema that validates it,
 * through Zod's JSON Schema (`z.toJSONSchema`, as the editor's input); the TypeScript reader
 * supplies what only the source holds: the JSDoc line on every field of src/schemas/*.ts, and
 * the schema as written (`redactable(localizedText)`), which names the types the guide explains.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { z } from 'astro/zod';
import { fieldFacts, type JsonSchema } from './json-schema-fields.ts';

export interface FieldDoc {
  /** Dotted path: `chair.current`, `meetings[].title`. */
  path: string;
  /** The allowed values (`one of: chapter, briefing-note, …`), else the field's schema as written. */
  type: string;
  doc: string;
  required: boolean;
}

export interface SchemaDoc {
  /** The schema's exported name: `forumSchema`. */
  name: string;
  /** The JSDoc of the schema itself. */
  doc: string;
  fields: FieldDoc[];
}

const schemaDir = path.resolve(import.meta.dirname, '../schemas');
/** Every export of src/schemas, by name: the schemas the build validates with. */
const schemaValues = new Map<string, unknown>(
  (
    await Promise.all(
      fs
        .readdirSync(schemaDir)
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
        .map((f) => import(pathToFileURL(path.join(schemaDir, f)).href)),
    )
  ).flatMap((module: Record<string, unknown>) => Object.entries(module)),
);
/** Collections' schemas take a reference factory; in the editor's input a reference is an id. */
const idReference = () => z.string();

/** The JSON Schema of the editor's input for an exported schema (a factory is given ids). */
function jsonSchemaOf(name: string): JsonSchema {
  let value = schemaValues.get(name);
  if (typeof value === 'function') value = (value as (ref: typeof idReference) => unknown)(idReference);
  if (!(value instanceof z.ZodType)) throw new Error(`src/schemas exports no Zod schema named ${name}`);
  return z.toJSONSchema(value, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** Every exported schema of src/schemas with its fields, in source order. */
export function readSchemaDocs(dir: string = schemaDir): Map<string, SchemaDoc> {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .sort();
  const sources = files.map((f) => ts.createSourceFile(f, fs.readFileSync(path.join(dir, f), 'utf8'), ts.ScriptTarget.Latest, true));
  // Shared field groups spread into schemas (`...entryFields`), by name.
  const groups = new Map<string, ts.ObjectLiteralExpression>();
  for (const source of sources) {
    source.forEachChild((node) => {
      if (!ts.isVariableStatement(node)) return;
      for (const d of node.declarationList.declarations) {
        if (!ts.isIdentifier(d.name) || !d.initializer) continue;
        if (ts.isObjectLiteralExpression(d.initializer)) groups.set(d.name.text, d.initializer);
      }
    });
  }
  const docs = new Map<string, SchemaDoc>();
  for (const source of sources) {
    source.forEachChild((node) => {
      if (!ts.isVariableStatement(node) || !node.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return;
      for (const d of node.declarationList.declarations) {
        if (!ts.isIdentifier(d.name) || !d.initializer) continue;
        const object = findObjectSchema(d.initializer);
        if (!object) continue;
        const fields = fieldsOf(object, '', source, groups);
        const json = jsonSchemaOf(d.name.text);
        for (const field of fields) Object.assign(field, fieldFacts(json, field.path, field.type));
        docs.set(d.name.text, { name: d.name.text, doc: jsDoc(node, source), fields });
      }
    });
  }
  return docs;
}

/** The object literal of the outermost `z.object(...)` / `z.strictObject(...)` in an expression. */
function findObjectSchema(node: ts.Node): ts.ObjectLiteralExpression | undefined {
  let found: ts.ObjectLiteralExpression | undefined;
  const visit = (n: ts.Node) => {
    if (found) return;
    if (
      ts.isCallExpression(n) &&
      /^z\.(strictObject|object)$/.test(n.expression.getText().replace(/\s+/g, '')) &&
      n.arguments[0] &&
      ts.isObjectLiteralExpression(n.arguments[0])
    ) {
      found = n.arguments[0];
      return;
    }
    n.forEachChild(visit);
  };
  visit(node);
  return found;
}

function fieldsOf(
  object: ts.ObjectLiteralExpression,
  prefix: string,
  source: ts.SourceFile,
  groups: Map<string, ts.ObjectLiteralExpression>,
): FieldDoc[] {
  const out: FieldDoc[] = [];
  for (const property of object.properties) {
    if (ts.isSpreadAssignment(property)) {
      const group = groups.get(property.expression.getText());
      if (group) out.push(...fieldsOf(group, prefix, group.getSourceFile(), groups));
      continue;
    }
    if (!ts.isPropertyAssignment(property)) continue;
    const name = property.name.getText(source).replace(/^['"]|['"]$/g, '');
    const text = property.initializer.getText(source).replace(/\s+/g, ' ').replace(/ \./g, '.');
    const nested = findObjectSchema(property.initializer);
    const isList = /^z\s*\.array\(/.test(text);
    const fieldPath = `${prefix}${name}${isList && nested ? '[]' : ''}`;
    out.push({
      path: fieldPath,
      type: nested ? (isList ? 'list of mappings' : 'mapping') : text.replace(/\.describe\([^)]*\)/g, ''),
      doc: jsDoc(property, source),
      required: false, // Read from the JSON Schema.
    });
    if (nested) out.push(...fieldsOf(nested, `${fieldPath}.`, source, groups));
  }
  return out;
}

function jsDoc(node: ts.Node, source: ts.SourceFile): string {
  const ranges = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
  const block = ranges
    .map((r) => source.text.slice(r.pos, r.end))
    .filter((c) => c.startsWith('/**'))
    .pop();
  if (!block) return '';
  return block
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .filter(Boolean)
    .join(' ');
}
