import { describe, expect, it } from 'vitest';
import { addUp, byFiscalYear, orderedSums, periodKind } from './funding.ts';
import type { Money } from '../../schemas/money.ts';

const money = (amount: number, over: Partial<Money> = {}): Money => ({
  amount,
  currency: 'CAD',
  period: 'one-time',
  approximate: false,
  ...over,
});

describe('periodKind', () => {
  it('tells yearly, one-time and multi-year amounts apart', () => {
    expect(periodKind(money(1, { period: 'per-year' }))).toBe('per-year');
    expect(periodKind(money(1))).toBe('one-time');
    expect(periodKind(money(1, { period: { years: 3 } }))).toBe('multi-year');
  });
});

describe('addUp', () => {
  it('adds amounts of the same currency and period', () => {
    const totals = addUp([money(100, { period: 'per-year' }), money(250, { period: 'per-year' })]);
    expect([...totals.sums.entries()]).toEqual([['per-year|CAD', { kind: 'per-year', currency: 'CAD', amount: 350, approximate: false }]]);
    expect(totals.withheld).toBe(0);
  });

  it('never adds Canadian and US dollars', () => {
    const totals = addUp([money(100), money(40, { currency: 'USD' }), money(5)]);
    expect(totals.sums.get('one-time|CAD')?.amount).toBe(105);
    expect(totals.sums.get('one-time|USD')?.amount).toBe(40);
    expect(totals.sums.size).toBe(2);
  });

  it('keeps yearly, one-time and multi-year amounts apart', () => {
    const totals = addUp([
      money(100, { period: 'per-year' }),
      money(200),
      money(300, { period: { years: 3 } }),
      money(400, { period: { years: 5 } }),
    ]);
    expect(totals.sums.get('per-year|CAD')?.amount).toBe(100);
    expect(totals.sums.get('one-time|CAD')?.amount).toBe(200);
    expect(totals.sums.get('multi-year|CAD')?.amount).toBe(700);
  });

  it('counts withheld amounts without adding them', () => {
    const totals = addUp([money(100), { redacted: ['atia-21-1-c'] }, { redacted: ['atia-18'] }]);
    expect(totals.withheld).toBe(2);
    expect(totals.sums.get('one-time|CAD')?.amount).toBe(100);
  });

  it('adds amounts the internal edition shows with their markers', () => {
    const totals = addUp([money(100), { redact: ['atia-21-1-c'], value: money(50) }]);
    expect(totals.withheld).toBe(0);
    expect(totals.sums.get('one-time|CAD')?.amount).toBe(150);
  });

  it('marks a sum approximate when any of its amounts is', () => {
    const totals = addUp([money(100), money(200, { approximate: true }), money(300), money(5, { currency: 'USD' })]);
    expect(totals.sums.get('one-time|CAD')?.approximate).toBe(true);
    expect(totals.sums.get('one-time|USD')?.approximate).toBe(false);
  });

  it('skips recipients that give no amount', () => {
    const totals = addUp([undefined, money(100), undefined]);
    expect(totals.sums.get('one-time|CAD')?.amount).toBe(100);
    expect(totals.withheld).toBe(0);
  });

  it('gives no sums for no amounts', () => {
    expect(addUp([])).toEqual({ sums: new Map(), withheld: 0, tbd: 0 });
  });

  it('leaves an amount to be determined out, counts it, and still adds the exact amounts of scaled ones', () => {
    const totals = addUp([
      money(103800000000, { display: 'billions' }),
      { ...money(0), amount: 'tbd' },
      money(200000000, { display: 'millions' }),
    ]);
    expect(totals.sums.get('one-time|CAD')?.amount).toBe(104000000000);
    expect(totals.tbd).toBe(1);
    expect(totals.withheld).toBe(0);
  });
});

describe('byFiscalYear and amounts to be determined', () => {
  it('counts them apart from every fiscal year', () => {
    const result = byFiscalYear([{ ...money(0), amount: 'tbd', from: { start: 2025 } }, money(5, { from: { start: 2025 } })]);
    expect(result.tbd).toBe(1);
    expect(result.years.map((y) => [y.start, y.sums.get('CAD')?.amount])).toEqual([[2025, 5]]);
  });
});

describe('orderedSums', () => {
  it('lists yearly sums first, then one-time, then multi-year; Canadian dollars first within each', () => {
    const totals = addUp([
      money(1, { currency: 'USD', period: { years: 3 } }),
      money(2, { currency: 'EUR' }),
      money(3, { period: { years: 3 } }),
      money(4, { currency: 'USD' }),
      money(5),
      money(6, { currency: 'CHF', period: 'per-year' }),
      money(7, { period: 'per-year' }),
    ]);
    expect(orderedSums(totals).map((s) => `${s.kind} ${s.currency} ${s.amount}`)).toEqual([
      'per-year CAD 7',
      'per-year CHF 6',
      'one-time CAD 5',
      'one-time EUR 2',
      'one-time USD 4',
      'multi-year CAD 3',
      'multi-year USD 1',
    ]);
  });
});

describe('byFiscalYear', () => {
  const cad = (amount: number, period: Money['period'], from?: number, to?: number): Money => ({
    amount,
    currency: 'CAD',
    period,
    approximate: false,
    ...(from ? { from: { start: from } } : {}),
    ...(to ? { to: { start: to } } : {}),
  });
  it('counts a per-year amount in every year of its range and annualises a multi-year one', () => {
    const { years, undated, withheld } = byFiscalYear([
      cad(100, 'per-year', 2019, 2020),
      cad(300, { years: 3 }, 2019, 2021),
      { redacted: ['atia-18'] },
      cad(5, 'per-year'),
    ]);
    expect(years.map((y) => [y.start, y.sums.get('CAD')])).toEqual([
      [2019, { amount: 200, annualised: true, approximate: false }],
      [2020, { amount: 200, annualised: true, approximate: false }],
      [2021, { amount: 100, annualised: true, approximate: false }],
    ]);
    expect(withheld).toBe(1);
    expect([...undated.sums.values()]).toEqual([{ kind: 'per-year', currency: 'CAD', amount: 5, approximate: false }]);
  });
  it('puts a one-time amount in its first year only', () => {
    expect(byFiscalYear([cad(7, 'one-time', 2020, 2022)]).years.map((y) => y.start)).toEqual([2020]);
  });
});
