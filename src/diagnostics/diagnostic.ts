import path from 'node:path';
import { withheldNote, type RuleId } from './catalogue.ts';

/**
 * Problems found in an editor's sources, reported like a linter: every problem at once,
 * each as `file:line:column  rule-id  message`, never as a stack trace.
 */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  /** Path relative to the project root, e.g. `content/forums/igc.yaml`. */
  file: string;
  /** 1-based line, when the problem has a place in the file. */
  line?: number;
  /** 1-based column. */
  column?: number;
  /** Permanent rule name from the error catalogue (src/diagnostics/catalogue.ts). */
  rule: RuleId;
  /** Made by the rule's template from its parameters (report.ts), never written at a call site. */
  message: string;
  /** What to do about it, e.g. "did you mean `iom`?". */
  hint?: string;
  severity: Severity;
  /**
   * Withheld entries (`collection/id`) whose files this diagnostic names: a public build's log
   * masks them (see forLog). Set by the loader.
   */
  withheld?: string[];
}

/** A path as the user knows it: relative to the working directory inside it, absolute outside it. */
export function displayPath(absolute: string, cwd: string = process.cwd()): string {
  const relative = path.relative(cwd, absolute).split(path.sep).join('/');
  return relative === '' ? '.' : relative.startsWith('..') ? absolute : relative;
}

export function formatDiagnostic(d: Diagnostic): string {
  const place = `${d.file}${d.line ? `:${d.line}:${d.column ?? 1}` : ''}`;
  const label = d.severity === 'warning' ? 'warning' : 'error';
  return `${place}  ${label}  ${d.rule}  ${d.message}${d.hint ? `\n    ${d.hint}` : ''}`;
}

/** Sorts by file then position, so reports are stable and read top to bottom. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.rule.localeCompare(b.rule),
  );
}

// `notes/secret-plan` as a whole name (ids are lower case letters, digits and hyphens), in a path or alone.
const keyPattern = (key: string) => new RegExp(`(?<![\\w-])${key}(?![\\w-])`, 'g');

/** Notes on each diagnostic the withheld entries among `keys` (`collection/id`) that it names. */
export function markWithheld(diagnostics: Diagnostic[], keys: Iterable<string>): void {
  const patterns = [...keys].map((key) => ({ key, pattern: keyPattern(key) }));
  if (patterns.length === 0) return;
  for (const d of diagnostics) {
    const text = `${d.file}\n${d.message}\n${d.hint ?? ''}`;
    const named = patterns.filter(({ pattern }) => text.search(pattern) >= 0).map(({ key }) => key);
    if (named.length) d.withheld = [...new Set([...(d.withheld ?? []), ...named])];
  }
}

/**
 * Diagnostics as a log of this edition may print them. A public build's log is safe to publish,
 * and a withheld entry's file name is its id: it is printed `content/notes/(withheld entry).yaml`,
 * with the line and column kept, and a hint to see the path in `npm run check` or an internal
 * build, whose logs stay with the editors.
 */
export function forLog(diagnostics: readonly Diagnostic[], edition: 'public' | 'internal'): Diagnostic[] {
  if (edition !== 'public') return [...diagnostics];
  return diagnostics.map((d) => {
    if (!d.withheld?.length) return d;
    const mask = (text: string) =>
      d.withheld!.reduce((out, key) => out.replace(keyPattern(key), `${key.split('/')[0]}/(withheld entry)`), text);
    const { withheld: _, ...rest } = d;
    return { ...rest, file: mask(d.file), message: mask(d.message), hint: d.hint ? `${mask(d.hint)}\n    ${withheldNote}` : withheldNote };
  });
}

export class DiagnosticsError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    super(`${errors} problem${errors === 1 ? '' : 's'} in the binder's sources`);
    this.name = 'DiagnosticsError';
    this.diagnostics = diagnostics;
  }
}

/** The closest candidate within a small edit distance, for "did you mean" hints. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = levenshtein(word.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
