/**
 * The placeholder rule (rule `placeholder`): `TODO`, `À FAIRE`, `(à traduire)` and the other
 * placeholders `npm run new` writes (src/core/placeholders.ts, the one list both use), left in an
 * entry's MDX bodies or YAML strings (or in the binder's, the glossary's, a marker's, a statistic's
 * or an act's YAML), at their file, line and column.
 *
 * What each command does with one, as the inference warning does with its finding (inference.ts):
 * - a public build refuses a placeholder the public edition would publish (an error: the text is
 *   not finished), and says nothing of one inside a `<Redact>`, a `{ redact, value }` field or a
 *   withheld entry, which it does not publish;
 * - `npm run check`, the internal build and the dev server warn on every one (a warning does not
 *   stop them; `npm run build -- --strict` makes it an error), naming the placeholder, except inside
 *   a redaction or a withheld entry, where the warning says only where it is: a log quotes nothing
 *   that is withheld.
 *
 * A body is read as its source text (outside a redaction, all of it reaches the edition), less its
 * MDX comments `{/* … *\/}`, which are not published; a YAML file as its string values (its comments
 * are not values).
 */
import { isMap, isScalar, isSeq } from 'yaml';
import type { EntrySource, LoadedBinder } from './load.ts';
import type { YamlSource } from './yaml-source.ts';
import { findPlaceholders } from '../core/placeholders.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/report.ts';
import { formatPath, type IssuePath } from '../diagnostics/zod-issues.ts';

/** Who reads the finding: the public build (errors, redacted ones left out) or an editor (warnings). */
export type PlaceholderAudience = 'public' | 'editors';

type Hidden = 'passage' | 'field' | 'entry' | undefined;

interface Finding {
  file: string;
  at: { line: number; column: number };
  placeholder: string;
  field?: string | undefined;
  hidden: Hidden;
  /** The withheld entry it is in (`collection/id`), for a public log to mask its file. */
  withheld?: string[];
}

/** The placeholders of every entry, as diagnostics for the given audience. */
export function placeholderDiagnostics(loaded: LoadedBinder, audience: PlaceholderAudience): Diagnostic[] {
  const findings = [...otherYaml(loaded).flatMap(yamlFindingsOnce), ...loaded.entries.flatMap(entryFindings)];
  return findings
    .filter((f) => audience === 'editors' || f.hidden === undefined)
    .map((f) => {
      const params = f.hidden ? { hidden: f.hidden } : { placeholder: f.placeholder, field: f.field };
      const made = diagnostic(f.file, f.at, 'placeholder', params, audience === 'public' ? 'error' : 'warning');
      return f.withheld ? { ...made, withheld: f.withheld } : made;
    });
}

/** The YAML a page shows that is not an entry's: the binder, the glossary, the markers' labels, statistics and legislation. */
function otherYaml(loaded: LoadedBinder): YamlSource[] {
  const data = Object.values(loaded.data ?? {}) as ReadonlyMap<string, { yaml: YamlSource }>[];
  return [
    ...(loaded.binder ? [loaded.binder.yaml] : []),
    ...(loaded.glossary ? [loaded.glossary.yaml] : []),
    ...[...loaded.markers.values()].map((m) => m.yaml),
    ...data.flatMap((items) => [...items.values()].map((item) => item.yaml)),
  ];
}

// What a parsed file holds, kept with it: the dev server parses a file again only when it changed
// (validate.ts), so the same objects come back on every save and are not searched again.
const yamlFound = new WeakMap<YamlSource, Finding[]>();
const bodyFound = new WeakMap<object, { file: string; text: string; found: Finding[] }>();

function entryFindings(entry: EntrySource): Finding[] {
  const found = [...yamlFindingsOnce(entry.yaml), ...Object.values(entry.bodies).flatMap((body) => bodyFindingsOnce(body))];
  const key = `${entry.collection}/${entry.id}`;
  return entry.withheld ? found.map((f) => ({ ...f, hidden: 'entry', withheld: [key] })) : found;
}

function yamlFindingsOnce(yaml: YamlSource): Finding[] {
  let found = yamlFound.get(yaml);
  if (!found) yamlFound.set(yaml, (found = yamlFindings(yaml)));
  return found;
}

function bodyFindingsOnce({ source, facts }: EntrySource['bodies'][keyof EntrySource['bodies']] & object): Finding[] {
  const known = bodyFound.get(facts);
  if (known?.file === source.file && known.text === source.text) return known.found;
  const found = bodyFindings(source.file, source.text, facts);
  bodyFound.set(facts, { file: source.file, text: source.text, found });
  return found;
}

/** Every string value, `field` its path; inside `{ redact, value }` it is hidden. */
function yamlFindings(yaml: YamlSource): Finding[] {
  const found: Finding[] = [];
  const text = yaml.source.text;
  const visit = (node: unknown, path: IssuePath, hidden: Hidden) => {
    if (isMap(node)) {
      // `{ redact, value }` below the top; at the top, `redact:` withholds the entry (entryFindings).
      const redacts = path.length > 0 && node.items.some((pair) => isScalar(pair.key) && pair.key.value === 'redact');
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? pair.key.value : undefined;
        visit(pair.value, [...path, typeof key === 'number' ? key : String(key)], redacts ? 'field' : hidden);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, [...path, i], hidden));
    } else if (isScalar(node) && typeof node.value === 'string' && node.range) {
      const start = node.range[0];
      const raw = text.slice(start, node.range[1]);
      for (const match of findPlaceholders(node.value)) {
        // Where the scalar holds it verbatim; else at the scalar (an escaped or folded one).
        const at = raw.indexOf(match.text);
        const { line, col } = yaml.lines.linePos(at >= 0 ? start + at : start);
        found.push({ file: yaml.source.file, at: { line, column: col }, placeholder: match.text, field: formatPath(path), hidden });
      }
    }
  };
  visit(yaml.document.contents, [], undefined);
  return found;
}

/** The body's source, its comments blanked; a placeholder inside an outermost passage (or a definition only passages use) is hidden. */
function bodyFindings(
  file: string,
  text: string,
  facts: { spans: readonly { start: number; end: number }[]; privateDefinitions: readonly { start: number; end: number }[] },
): Finding[] {
  const hidden = [...facts.spans, ...facts.privateDefinitions];
  const readable = text.replace(/\{\s*\/\*[\s\S]*?\*\/\s*\}/g, (comment) => comment.replace(/[^\n]/g, ' '));
  const found: Finding[] = [];
  let lines: number[] | undefined;
  for (const match of findPlaceholders(readable)) {
    lines ??= lineStarts(text);
    const inside = hidden.some((range) => range.start <= match.index && match.index < range.end);
    found.push({ file, at: positionAt(lines, match.index), placeholder: match.text, hidden: inside ? 'passage' : undefined });
  }
  return found;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function positionAt(starts: readonly number[], offset: number): { line: number; column: number } {
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1]! <= offset) line++;
  return { line: line + 1, column: offset - starts[line]! + 1 };
}
