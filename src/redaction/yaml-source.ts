/**
 * Parses one YAML source with positions kept, so that a problem found later (by a schema, by a
 * reference check) can still be reported at the editor's line and column.
 */
import { LineCounter, parseDocument, isMap, isCollection, type Document, type Node } from 'yaml';
import type { Diagnostic, Severity } from '../diagnostics/diagnostic.ts';
import { diagnostic, reporter } from '../diagnostics/report.ts';
import type { ParamsOf, RuleId } from '../diagnostics/catalogue.ts';
import type { IssuePath } from '../diagnostics/zod-issues.ts';
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
    return { diagnostics: [diagnostic(source.file, { line: 1, column: 1 }, 'empty-file', {})] };
  }
  // YAML 1.2 core schema: `2019-07-29` stays text (our schemas parse dates), `no` stays text.
  const document = parseDocument(source.text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, schema: 'core' });
  const diagnostics: Diagnostic[] = [...document.errors, ...document.warnings].map((error) => {
    const { line, col } = lines.linePos(error.pos[0]);
    // The parser's first line, without the place it repeats: the diagnostic has it.
    const problem = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
    return diagnostic(source.file, { line, column: col }, error.code === 'DUPLICATE_KEY' ? 'duplicate-key' : 'yaml-syntax', { problem });
  });
  if (diagnostics.length > 0) return { diagnostics };
  const data: unknown = document.toJS({ maxAliasCount: 100 });
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { diagnostics: [diagnostic(source.file, { line: 1, column: 1 }, 'yaml-not-mapping', {})] };
  }
  return { yaml: { source, document, lines, data }, diagnostics: [] };
}

export type YamlReport = <R extends RuleId>(path: IssuePath, rule: R, params: ParamsOf<R>, severity?: Severity) => Diagnostic;

/** The reporter of a data file: a problem is reported at a field's path (see positionOf). */
export function yamlReporter(yaml: YamlSource, sink: Diagnostic[]): YamlReport {
  const report = reporter(yaml.source.file, sink);
  return (path, rule, params, severity) => report(positionOf(yaml, path), rule, params, severity);
}

/**
 * Where to point an editor for a problem at `path`: the key of a field (`established:`), the
 * item of a list, or the nearest parent that exists when the field is missing.
 */
export function positionOf(yaml: YamlSource, path: IssuePath): { line: number; column: number } {
  const at = (offset: number) => {
    const position = yaml.lines.linePos(offset);
    return { line: position.line, column: position.col };
  };
  for (let depth = path.length; depth > 0; depth--) {
    const parent = (depth === 1 ? yaml.document.contents : yaml.document.getIn(path.slice(0, depth - 1), true)) as Node | null | undefined;
    const key = path[depth - 1];
    if (parent && isMap(parent)) {
      const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      const range = (pair?.key as Node | undefined)?.range;
      if (range) return at(range[0]);
    } else if (parent && isCollection(parent) && typeof key === 'number') {
      const range = (parent.items[key] as Node | undefined)?.range;
      if (range) return at(range[0]);
    }
  }
  const root = yaml.document.contents as Node | null;
  return root?.range ? at(root.range[0]) : { line: 1, column: 1 };
}
