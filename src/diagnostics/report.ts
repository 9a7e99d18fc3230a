/**
 * The one way a diagnostic is made, as unified's `file.message(reason, node)`: a rule of the
 * catalogue, its parameters, and the place (a node with a position, or a line and column). The
 * message and hint come from the catalogue; nothing else words them.
 */
import type { Position } from 'unist';
import { errorCatalogue, type ParamsOf, type Rule, type RuleId } from './catalogue.ts';
import type { Diagnostic, Severity } from './diagnostic.ts';

/**
 * Where in the file: a node (its start; 1:1 when it has no position), a line and column, or
 * undefined for a problem with the file as a whole.
 */
export type Place = { position?: Position | undefined } | { line: number; column: number } | undefined;

export function diagnostic<R extends RuleId>(
  file: string,
  place: Place,
  rule: R,
  params: ParamsOf<R>,
  severity: Severity = errorCatalogue[rule].severity ?? 'error',
): Diagnostic {
  const entry = errorCatalogue[rule] as unknown as Rule<ParamsOf<R>>;
  const hint = entry.hint?.(params);
  return { file, ...lineAndColumn(place), rule, severity, message: entry.message(params), ...(hint ? { hint } : {}) };
}

export type Report = <R extends RuleId>(place: Place, rule: R, params: ParamsOf<R>, severity?: Severity) => Diagnostic;

/** A reporter for one file: each report is pushed to `sink` (and returned). */
export function reporter(file: string, sink: Diagnostic[]): Report {
  return (place, rule, params, severity) => {
    const made = diagnostic(file, place, rule, params, severity);
    sink.push(made);
    return made;
  };
}

function lineAndColumn(place: Place): { line?: number; column?: number } {
  if (place === undefined) return {};
  if ('line' in place) return { line: place.line, column: place.column };
  const { line = 1, column = 1 } = place.position?.start ?? {};
  return { line, column };
}

/** A diagnostic with its rule's explanation, for the dev server's overlay: title, message, hint, why, fix. */
export function explained(d: Diagnostic): string {
  const entry = errorCatalogue[d.rule];
  return `${entry.title}: ${d.message}${d.hint ? `\n${d.hint}` : ''}\n\n${entry.why}\n${entry.fix}`;
}
