/**
 * Reads the field documentation out of the schemas themselves (the JSDoc line on every field of
 * src/schemas/*.ts), so that the editors' guide and the `npm run new` templates cannot drift from
 * what the build accepts.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface FieldDoc {
  /** Dotted path: `chair.current`, `meetings[].title`. */
  path: string;
  /** The field's schema, as written: `redactable(localizedText).optional()`. */
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
const enums = new Map<string, string[]>();

/** `z.enum(noteKinds)` → `one of: chapter, briefing-note, …`. */
function describeType(text: string): string {
  const named = /^z\.enum\((\w+)\)/.exec(text);
  const values = named ? enums.get(named[1]!) : /^z\.enum\(\[([^\]]*)\]\)/.exec(text)?.[1]?.split(',').map((v) => v.trim().replace(/^'|'$/g, ''));
  return values ? `one of: ${values.join(', ')}` : text.replace(/\.describe\([^)]*\)/g, '');
}

/** Every exported schema of src/schemas with its fields, in source order. */
export function readSchemaDocs(dir: string = schemaDir): Map<string, SchemaDoc> {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).sort();
  const sources = files.map((f) => ts.createSourceFile(f, fs.readFileSync(path.join(dir, f), 'utf8'), ts.ScriptTarget.Latest, true));
  // Shared field groups spread into schemas (`...entryFields`), and lists of allowed values, by name.
  const groups = new Map<string, ts.ObjectLiteralExpression>();
  enums.clear();
  for (const source of sources) {
    source.forEachChild((node) => {
      if (!ts.isVariableStatement(node)) return;
      for (const d of node.declarationList.declarations) {
        if (!ts.isIdentifier(d.name) || !d.initializer) continue;
        if (ts.isObjectLiteralExpression(d.initializer)) groups.set(d.name.text, d.initializer);
        const array = ts.isAsExpression(d.initializer) ? d.initializer.expression : d.initializer;
        if (ts.isArrayLiteralExpression(array)) enums.set(d.name.text, array.elements.map((e) => e.getText(source).replace(/^'|'$/g, '')));
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
        docs.set(d.name.text, { name: d.name.text, doc: jsDoc(node, source), fields: fieldsOf(object, '', source, groups) });
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
    if (ts.isCallExpression(n) && /^z\.(strictObject|object)$/.test(n.expression.getText().replace(/\s+/g, '')) && n.arguments[0] && ts.isObjectLiteralExpression(n.arguments[0])) {
      found = n.arguments[0];
      return;
    }
    n.forEachChild(visit);
  };
  visit(node);
  return found;
}

function fieldsOf(object: ts.ObjectLiteralExpression, prefix: string, source: ts.SourceFile, groups: Map<string, ts.ObjectLiteralExpression>): FieldDoc[] {
  const out: FieldDoc[] = [];
  for (const property of object.properties) {
    if (ts.isSpreadAssignment(property)) {
      const group = groups.get(property.expression.getText());
      if (group) out.push(...fieldsOf(group, prefix, group.getSourceFile(), groups));
      continue;
    }
    if (!ts.isPropertyAssignment(property)) continue;
    const name = property.name.getText(source).replace(/^['"]|['"]$/g, '');
    const text = property.initializer.getText(source).replace(/\s+/g, ' ');
    const nested = findObjectSchema(property.initializer);
    const isList = /^z\s*\.array\(/.test(text);
    const fieldPath = `${prefix}${name}${isList && nested ? '[]' : ''}`;
    out.push({
      path: fieldPath,
      type: nested ? (isList ? 'list of mappings' : 'mapping') : describeType(text),
      doc: jsDoc(property, source),
      // Optional when the chain ends in .optional() or .default(…).
      required: !/\.(?:optional\(\)|default\(.*\))$/.test(text),
    });
    if (nested) out.push(...fieldsOf(nested, `${fieldPath}.`, source, groups));
  }
  return out;
}

function jsDoc(node: ts.Node, source: ts.SourceFile): string {
  const ranges = ts.getLeadingCommentRanges(source.text, node.getFullStart()) ?? [];
  const block = ranges.map((r) => source.text.slice(r.pos, r.end)).filter((c) => c.startsWith('/**')).pop();
  if (!block) return '';
  return block
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, '').trim())
    .filter(Boolean)
    .join(' ');
}
