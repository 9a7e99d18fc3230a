/**
 * The inference warning (rule `inferable-redaction`): a redacted amount that the public amounts
 * around it give away, because it is the one unknown term of a sum.
 *
 * What it catches. Binder knows three sums, all in funding programs: a program's `envelope` and
 * its `allocations[].amount`; its `envelope` and its `recipients[].amount`; its `envelope` and
 * the envelopes of the programs that name it as `parent`. When exactly one term of a sum (the
 * total or one part) is redacted and every other term is public, a reader can work the redacted
 * one out, and `npm run check` and the public build warn at its line, naming the public amounts
 * to redact with it. A total is worked out as the sum of its parts; a part as the total minus the
 * other parts. An amount worked out from one sum counts as known in the next (a redacted envelope
 * given away by its sub-programs then gives away a redacted allocation). Approximate amounts count:
 * an approximation of a redacted amount still gives away its order of magnitude.
 *
 * Binder cannot tell whether the parts are meant to add up to the total (the schema has no such
 * notion), so it is conservative: a redacted total always warns (the sum of the public parts is
 * at least a lower bound on it), and a redacted part warns unless the other parts visibly exceed
 * the total, in which case they do not add up to it and there is nothing to subtract from.
 *
 * Only like is compared with like: a sum is checked when all its public terms have the same
 * currency and period and no two of them name different fiscal years. Every decision rests on
 * what the public edition shows (public amounts, which fields are redacted, which entries are
 * published), never on a redacted value, not even its currency: whether a warning appears says
 * nothing about a redacted amount, so a public build's log stays safe to publish.
 *
 * What it does not catch.
 * - Sums whose public terms mix currencies, periods (per year, one-time, over N years) or fiscal
 *   years: a reader who converts currencies or annualises could still estimate the redacted one.
 * - Sums Binder does not model: totals written in prose or in MDX bodies, amounts of unrelated
 *   programs, a recipient's funding added up across programs, a redacted amount that simply
 *   equals a public one elsewhere.
 * - An amount that is not written at all (a recipient without an amount, a sub-program without
 *   an envelope) or is to be determined (`amount: tbd`) is an unknown like a redacted one: it makes
 *   its sum unsolvable, and no warning is given for it, since nothing was redacted. A value withheld
 *   and not recorded (`{ redact }` without `value`) is a redacted term like any other.
 * - Withheld programs are in no sum: they are not published. A public parent's envelope minus its
 *   public sub-programs' envelopes gives the money of any withheld sub-programs and any money not
 *   given to a sub-program, together; the public edition does not list withheld sub-programs, so a
 *   reader cannot tell the two apart, and Binder does not warn (a warning would tell the log's
 *   readers that a withheld program sits under that parent). A reader who knows from elsewhere that
 *   the withheld program exists can still work out its envelope: redact the parent's envelope too.
 *   A program whose `parent` is withheld (its reference shows a marker) is in no parent's sum.
 * - The internal edition shows every amount, and is not checked.
 */
import type { EntrySource, LoadedBinder } from './load.ts';
import { positionOf } from './yaml-source.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/report.ts';
import type { SumTerm } from '../diagnostics/catalogue/publishing.ts';
import { formatMoney } from '../core/format.ts';
import { unwrap } from '../core/redactable.ts';
import { formatPath, type IssuePath } from '../diagnostics/zod-issues.ts';
import type { KnownMoney, Money } from '../schemas/money.ts';
import type { Redactable } from '../schemas/redactable.ts';
import { isRedacted } from '../schemas/redacted.ts';
import type { EntryRef } from '../schemas/reference.ts';

/** One term of a sum, as the public edition shows it. */
export interface Term {
  entry: EntrySource;
  path: IssuePath;
  /** `unstated`: the field is not written, so its amount is unknown, yet nothing was redacted. */
  state: 'public' | 'redacted' | 'unstated';
  /** The amount, when it is public (never read for a redacted term). */
  money?: KnownMoney;
}

export interface Sum {
  total: Term;
  parts: Term[];
}

/** What a reader knows of a term: its public amount, or the amount worked out from a sum. */
interface Known {
  amount: number;
  approximate: boolean;
  kind: Kind;
  /** Set when the amount was worked out rather than read. */
  from?: Sum;
}

interface Kind {
  currency: string;
  period: string;
  from: number | undefined;
  to: number | undefined;
}

/** Warnings for the public edition: one per redacted amount a reader can work out. */
export function inferenceWarnings(loaded: LoadedBinder): Diagnostic[] {
  const sums = sumsOf(loaded.entries);
  const known = new Map<string, Known>();
  for (const term of sums.flatMap((sum) => [sum.total, ...sum.parts])) {
    if (term.money) known.set(keyOf(term), { amount: term.money.amount, approximate: term.money.approximate, kind: kindOf(term.money) });
  }
  const found: { term: Term; sum: Sum }[] = [];
  // Until nothing more can be worked out: each solved sum may make another solvable.
  for (let progress = true; progress;) {
    progress = false;
    for (const sum of sums) {
      const solved = solve(sum, known);
      if (!solved) continue;
      known.set(keyOf(solved.term), solved.known);
      if (solved.term.state === 'redacted') found.push({ term: solved.term, sum });
      progress = true;
    }
  }
  return found.map(({ term, sum }) => warning(term, sum, known));
}

/** The sums of the published funding programs. */
export function sumsOf(entries: EntrySource[]): Sum[] {
  const programs = entries.filter((entry) => entry.collection === 'funding-programs' && !entry.withheld);
  const children = new Map<string, EntrySource[]>();
  for (const program of programs) {
    const parent = program.data['parent'] as EntryRef | { redacted: string[] } | undefined;
    // A withheld parent is not in `programs`, so its children are in no sum.
    if (!parent || isRedacted(parent) || parent.id === program.id) continue;
    children.set(parent.id, [...(children.get(parent.id) ?? []), program]);
  }
  const sums: Sum[] = [];
  for (const program of programs) {
    if (program.data['envelope'] === undefined) continue; // No total: nothing to subtract from.
    const total = termOf(program, ['envelope'], program.data['envelope']);
    const rows = (field: 'allocations' | 'recipients') =>
      ((program.data[field] ?? []) as { amount?: unknown }[]).map((row, i) => termOf(program, [field, i, 'amount'], row.amount));
    const kids = (children.get(program.id) ?? []).map((child) => termOf(child, ['envelope'], child.data['envelope']));
    for (const parts of [rows('allocations'), rows('recipients'), kids]) if (parts.length) sums.push({ total, parts });
  }
  return sums;
}

function termOf(entry: EntrySource, path: IssuePath, value: unknown): Term {
  if (value === undefined) return { entry, path, state: 'unstated' };
  const read = unwrap(value as Redactable<Money>);
  // An amount to be determined (`amount: tbd`) is no figure: an unknown, like one not written.
  if (read.state === 'plain' && read.value.amount === 'tbd') return { entry, path, state: 'unstated' };
  return read.state === 'plain' ? { entry, path, state: 'public', money: read.value as KnownMoney } : { entry, path, state: 'redacted' };
}

const keyOf = (term: Term) => `${term.entry.collection}/${term.entry.id} ${formatPath(term.path)}`;

function kindOf(money: Money): Kind {
  const period = typeof money.period === 'string' ? money.period : `over ${money.period.years} years`;
  return { currency: money.currency, period, from: money.from?.start, to: money.to?.start };
}

/** The kind all the given kinds share, or undefined when they are not alike. */
function commonKind(kinds: Kind[]): Kind | undefined {
  const [first] = kinds;
  if (!first || kinds.some((k) => k.currency !== first.currency || k.period !== first.period)) return undefined;
  const one = (years: (number | undefined)[]) => {
    const named = new Set(years.filter((y) => y !== undefined));
    return named.size <= 1 ? { year: [...named][0] } : undefined;
  };
  const from = one(kinds.map((k) => k.from));
  const to = one(kinds.map((k) => k.to));
  return from && to ? { currency: first.currency, period: first.period, from: from.year, to: to.year } : undefined;
}

/** The one unknown term of a sum, worked out, when every other term is known and alike. */
function solve(sum: Sum, known: Map<string, Known>): { term: Term; known: Known } | undefined {
  const terms = [sum.total, ...sum.parts];
  const unknown = terms.filter((term) => !known.has(keyOf(term)));
  if (unknown.length !== 1) return undefined;
  const term = unknown[0]!;
  const values = terms.filter((t) => t !== term).map((t) => known.get(keyOf(t))!);
  const kind = commonKind(values.map((v) => v.kind));
  if (!kind) return undefined;
  const approximate = values.some((v) => v.approximate);
  const parts = sum.parts.filter((t) => t !== term).reduce((total, t) => total + known.get(keyOf(t))!.amount, 0);
  if (term === sum.total) return { term, known: { amount: parts, approximate, kind, from: sum } };
  const amount = known.get(keyOf(sum.total))!.amount - parts;
  // The other parts exceed the total: they visibly do not add up to it, there is no identity.
  if (amount < 0) return undefined;
  return { term, known: { amount, approximate, kind, from: sum } };
}

/** The warning, naming the redacted field and the amounts that give it away, never its value. */
function warning(term: Term, sum: Sum, known: Map<string, Known>): Diagnostic {
  const describe = (t: Term): SumTerm => ({
    name: t.entry === term.entry ? formatPath(t.path) : `${formatPath(t.path)} of ${t.entry.collection}/${t.entry.id}`,
    amount: t.money ? formatMoney(t.money, 'en') : undefined,
  });
  const approximate = [sum.total, ...sum.parts].some((t) => t !== term && known.get(keyOf(t))?.approximate);
  const params = {
    field: formatPath(term.path),
    total: describe(sum.total),
    parts: sum.parts.filter((t) => t !== term).map(describe),
    solvedFor: term === sum.total ? 'total' : 'part',
    approximate,
  } as const;
  return diagnostic(term.entry.yaml.source.file, positionOf(term.entry.yaml, term.path), 'inferable-redaction', params, 'warning');
}
