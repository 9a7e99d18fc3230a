/**
 * Parses one YAML source with positions kept, so that a problem found later (by a schema, by a
 * reference check) can still be reported at the editor's line and column.
 */
import { LineCounter, parseDocument, isMap, isCollection, type Document, type Node } from 'yaml';
import type { Diagnostic } from '../lib/diagnostics.ts';
import type { IssuePath } from '../lib/zod-issues.ts';
import type { SourceFile } from './sources.ts';

export interface YamlSource {
  source: SourceFile;
  document: Document.Parsed;
  lines: LineCounter;
  data: unknown;
}

export function parseYaml(source: SourceFile): { yaml?: YamlSource; diagnostics: Diagnostic[] } {
  const lines = new LineCounter();
  if (source.text.trim() === '') {
    return { diagnostics: [{ file: source.file, line: 1, column: 1, rule: 'empty-file', severity: 'error', message: 'this file is empty', hint: 'fill in the fields (`npm run new` writes a template) or delete the file' }] };
  }
  // YAML 1.2 core schema: `2019-07-29` stays text (our schemas parse dates), `no` stays text.
  const document = parseDocument(source.text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, schema: 'core' });
  const diagnostics: Diagnostic[] = [...document.errors, ...document.warnings].map((error) => {
    const position = lines.linePos(error.pos[0]);
    return {
      file: source.file,
      line: position.line,
      column: position.col,
      rule: error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax',
      severity: 'error' as const,
      message: error.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, ''),
    };
  });
  if (diagnostics.length > 0) return { diagnostics };
  const data = document.toJS({ maxAliasCount: 100 });
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { diagnostics: [{ file: source.file, line: 1, column: 1, rule: 'yaml-not-mapping', severity: 'error', message: 'this file must be a mapping of fields (`name: …` lines)' }] };
  }
  return { yaml: { source, document, lines, data }, diagnostics: [] };
}

/** The line and column of the value at `path`, or of its nearest existing parent. */
export function positionOf(yaml: YamlSource, path: IssuePath): { line: number; column: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth);
    const node = (prefix.length === 0 ? yaml.document.contents : yaml.document.getIn(prefix, true)) as Node | undefined;
    if (node && node.range) {
      // For a missing key, point at the parent mapping's first key rather than its value.
      const start = depth < path.length && isCollection(node) && isMap(node) ? (node.items[0]?.key as Node | undefined)?.range?.[0] ?? node.range[0] : node.range[0];
      const position = yaml.lines.linePos(start);
      return { line: position.line, column: position.col };
    }
    // An unknown key has no value node of its own path; find the key itself.
    if (depth === path.length && depth > 0) {
      const parent = (depth === 1 ? yaml.document.contents : yaml.document.getIn(path.slice(0, -1), true)) as Node | undefined;
      if (parent && isMap(parent)) {
        const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === path[depth - 1]);
        const keyRange = (pair?.key as Node | undefined)?.range;
        if (keyRange) {
          const position = yaml.lines.linePos(keyRange[0]);
          return { line: position.line, column: position.col };
        }
      }
    }
  }
  return { line: 1, column: 1 };
}
