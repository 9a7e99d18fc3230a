/**
 * Turns Zod issues into one readable line per field, the way editors think about their files:
 * `meetings[2].date: "2019-02-30" is not a real day`. For unions (a value that may be redacted,
 * a reference to one of two collections) it reports the branch the editor evidently meant.
 * This is the catalogue's helper for Zod's own words: a problem becomes the `invalid-field` rule's
 * `problem` parameter, or, for a reference check, the `unknown-reference` rule's parameters.
 */
import type { z } from 'astro/zod';
import type { NoteKindProblem } from '../schemas/note-kinds.ts';

type Issue = z.core.$ZodIssue;
export type IssuePath = (string | number)[];

/** What a reference check (`params: { reference }` on its issue) says it could not resolve. */
export interface UnresolvedReference {
  /** What the collection's entries are called: `organisation`, `forum`. */
  noun: string;
  /** The id written; left out inside a withheld value. */
  id?: string | undefined;
  /** The closest public id; left out inside a withheld value. */
  suggestion?: string | undefined;
}

export interface FieldProblem {
  path: IssuePath;
  /** What is wrong with the field, e.g. `must be a number, not the text "long ago"`. */
  problem: string;
  /** Set when a reference check failed: the problem is an `unknown-reference`, not an `invalid-field`. */
  reference?: UnresolvedReference;
  /** The accepted forms, when the check that refused the value gives them (`params.hint`): never the value written. */
  hint?: string;
  /** Set when a note has a field of another kind, or lacks one its kind needs (`params.noteKind`). */
  noteKind?: NoteKindProblem;
}

export function describeIssues(issues: readonly Issue[], input: unknown): FieldProblem[] {
  return issues.flatMap((issue) => describe(issue, [], input));
}

function describe(issue: Issue, prefix: IssuePath, input: unknown): FieldProblem[] {
  const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  switch (issue.code) {
    case 'invalid_union': {
      const branches = issue.errors;
      if (branches.length === 0) return [{ path, problem: 'is not valid here' }];
      const best = [...branches]
        .map((branch, index) => ({ branch, index, score: scoreBranch(branch) }))
        .sort((a, b) => a.score[0] - b.score[0] || a.score[1] - b.score[1] || b.index - a.index)[0]!;
      return best.branch.flatMap((inner) => describe(inner, path, input));
    }
    case 'invalid_type': {
      const value = valueAt(input, path);
      if (value === undefined) return [{ path, problem: `is required (${issue.expected})` }];
      // A value meant to be withheld is never echoed: build logs are not covered by redaction.
      const shown = isWithheld(input, path) ? kindOf(value, false) : kindOf(value);
      return [{ path, problem: `must be ${article(issue.expected)}, not ${shown}` }];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], problem: 'is not a field here' }));
    case 'invalid_value': {
      const options = issue.values.map((v) => String(v)).join(', ');
      if (valueAt(input, path) === undefined) return [{ path, problem: `is required (one of: ${options})` }];
      return [{ path, problem: `must be one of: ${options}` }];
    }
    default: {
      // Custom checks quote what was written ("2019-2" is not a fiscal year): not inside a withheld value.
      const withheld = isWithheld(input, path);
      const problem = withheld ? withoutValue(issue) : issue.message;
      const reference = referenceOf(issue, withheld);
      const hint = (issue as { params?: { hint?: unknown } }).params?.hint;
      const noteKind = (issue as { params?: { noteKind?: NoteKindProblem } }).params?.noteKind;
      return [
        {
          path,
          problem,
          ...(reference ? { reference } : {}),
          ...(typeof hint === 'string' ? { hint } : {}),
          ...(noteKind ? { noteKind } : {}),
        },
      ];
    }
  }
}

/** A reference check's own account of what it could not resolve, without the id when withheld. */
function referenceOf(issue: Issue, withheld: boolean): UnresolvedReference | undefined {
  const reference = (issue as { params?: { reference?: UnresolvedReference } }).params?.reference;
  if (!reference || typeof reference.noun !== 'string') return undefined;
  return withheld ? { noun: reference.noun } : reference;
}

/**
 * What is wrong with a withheld value, without the value: a check may say it itself
 * (`params.withheldMessage`), or the quoted value and what was derived from it are left out.
 */
export function withoutValue(issue: Issue): string {
  const own = (issue as { params?: { withheldMessage?: unknown } }).params?.withheldMessage;
  if (typeof own === 'string') return own;
  const message = issue.message.replace(/\s*\(did you mean [^)]*\)/g, '');
  if (/^"[^"]*" is not a real day\b/.test(message)) return 'is not a real day of its month';
  if (/^"[^"]*" has no month\b/.test(message)) return 'has no such month (months are 01 to 12)';
  return message.replace(/^"[^"]*"\s*/, '').replace(/"[^"]*"/g, 'the value');
}

/** Lower is better: branches that accept the keys the editor wrote, then branches with fewer problems. */
function scoreBranch(branch: readonly Issue[]): [number, number] {
  const unrecognized = branch.filter((i) => i.code === 'unrecognized_keys').length;
  const typeAtRoot = branch.filter((i) => i.code === 'invalid_type' && i.path.length === 0).length;
  return [unrecognized + typeAtRoot, branch.length];
}

function valueAt(input: unknown, path: IssuePath): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function kindOf(value: unknown, echo = true): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  if (typeof value === 'object') return 'a mapping';
  if (!echo) return typeof value === 'string' ? 'text' : `a ${typeof value}`;
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint'
    ? `${typeof value} ${value.toString()}`
    : typeof value;
}

/** Inside a `{ redact, value }` field, or anywhere in an entry withheld as a whole. */
export function isWithheld(input: unknown, path: IssuePath): boolean {
  const root = input as Record<string, unknown> | null;
  if (
    root &&
    typeof root === 'object' &&
    ('redact' in root || (typeof root['classification'] === 'string' && root['classification'] !== 'unclassified'))
  )
    return true;
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return false;
    if (current !== input && 'redact' in current) return true;
    current = (current as Record<string | number, unknown>)[key];
  }
  return false;
}

function article(expected: string): string {
  const names: Record<string, string> = {
    object: 'a mapping (key: value lines)',
    array: 'a list',
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
  };
  return names[expected] ?? expected;
}

/** `meetings[2].date.start` */
export function formatPath(path: IssuePath): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key), '');
}
