/**
 * Funding totals from typed amounts. Amounts in different currencies are never added; per-year,
 * one-time and multi-year amounts are kept apart (a multi-year amount is not a yearly one).
 * Withheld amounts and amounts to be determined (`amount: tbd`) are counted, not summed, so a page
 * can say the total excludes them.
 */
import { isKnown, type Money } from '../../schemas/money.ts';
import type { Redactable } from '../../schemas/redactable.ts';
import { unwrap } from '../../core/redactable.ts';

export type PeriodKind = 'per-year' | 'one-time' | 'multi-year';

export interface Totals {
  /** `per-year|CAD` → sum. */
  sums: Map<string, { kind: PeriodKind; currency: string; amount: number; approximate: boolean }>;
  /** How many amounts were withheld and left out of the sums. */
  withheld: number;
  /** How many amounts are to be determined and left out of the sums. */
  tbd: number;
}

export function periodKind(money: Money): PeriodKind {
  return money.period === 'per-year' ? 'per-year' : money.period === 'one-time' ? 'one-time' : 'multi-year';
}

export function addUp(amounts: Iterable<Redactable<Money> | undefined>): Totals {
  const totals: Totals = { sums: new Map(), withheld: 0, tbd: 0 };
  for (const item of amounts) {
    if (item === undefined) continue;
    const u = unwrap(item);
    if (u.state === 'redacted') {
      totals.withheld++;
      continue;
    }
    const money = u.value;
    if (!isKnown(money)) {
      totals.tbd++;
      continue;
    }
    const kind = periodKind(money);
    const key = `${kind}|${money.currency}`;
    const sum = totals.sums.get(key) ?? { kind, currency: money.currency, amount: 0, approximate: false };
    sum.amount += money.amount;
    sum.approximate ||= money.approximate;
    totals.sums.set(key, sum);
  }
  return totals;
}

/** Sums in a stable order: per year first, then one-time, then multi-year; CAD before others. */
export function orderedSums(totals: Totals) {
  const kindOrder: Record<PeriodKind, number> = { 'per-year': 0, 'one-time': 1, 'multi-year': 2 };
  return [...totals.sums.values()].sort(
    (a, b) =>
      kindOrder[a.kind] - kindOrder[b.kind] ||
      (a.currency === 'CAD' ? -1 : b.currency === 'CAD' ? 1 : a.currency.localeCompare(b.currency)),
  );
}

/** One fiscal year's amounts, per currency. */
export interface FiscalYearTotals {
  /** The fiscal year's first calendar year (2019 for 2019–20). */
  start: number;
  /** Currency → amount. */
  sums: Map<string, { amount: number; annualised: boolean; approximate: boolean }>;
}

/**
 * Amounts spread over fiscal years: a per-year amount counts in every year of its range; a
 * multi-year amount with a range is annualised (its total divided by its years) and marked so; a
 * one-time amount counts in its first year. Amounts without years are returned apart, as are
 * withheld ones and ones to be determined (counted only).
 */
export function byFiscalYear(amounts: Iterable<Redactable<Money> | undefined>): {
  years: FiscalYearTotals[];
  undated: Totals;
  withheld: number;
  tbd: number;
} {
  const years = new Map<number, FiscalYearTotals>();
  const undatedItems: Money[] = [];
  let withheld = 0;
  let tbd = 0;
  const add = (start: number, currency: string, amount: number, annualised: boolean, approximate: boolean) => {
    const year: FiscalYearTotals = years.get(start) ?? { start, sums: new Map() };
    years.set(start, year);
    const sum = year.sums.get(currency) ?? { amount: 0, annualised: false, approximate: false };
    sum.amount += amount;
    sum.annualised ||= annualised;
    sum.approximate ||= approximate;
    year.sums.set(currency, sum);
  };
  for (const item of amounts) {
    if (item === undefined) continue;
    const u = unwrap(item);
    if (u.state === 'redacted') {
      withheld++;
      continue;
    }
    const money = u.value;
    if (!isKnown(money)) {
      tbd++;
      continue;
    }
    const from = money.from?.start;
    const to = money.to?.start ?? from;
    if (from === undefined || to === undefined) {
      undatedItems.push(money);
      continue;
    }
    if (money.period === 'one-time') add(from, money.currency, money.amount, false, money.approximate);
    else if (money.period === 'per-year') for (let y = from; y <= to; y++) add(y, money.currency, money.amount, false, money.approximate);
    else {
      const span = Math.max(1, to - from + 1);
      for (let y = from; y <= to; y++) add(y, money.currency, money.amount / span, true, money.approximate);
    }
  }
  return { years: [...years.values()].sort((a, b) => a.start - b.start), undated: addUp(undatedItems), withheld, tbd };
}
