import { describe, expect, it } from 'vitest';
import { leftOutOfTotals, sumText, type ProgramAmounts } from './funding-text.ts';
import type { Money } from '../../schemas/money.ts';

const money = (amount: number, over: Partial<Money> = {}): Money => ({
  amount,
  currency: 'CAD',
  period: 'per-year',
  approximate: false,
  ...over,
});

describe('sumText', () => {
  it('writes a sum and its kind without a comma between them', () => {
    expect(sumText({ kind: 'per-year', currency: 'USD', amount: 25000, approximate: false }, 'en')).toBe('US$25,000 per year');
    expect(sumText({ kind: 'per-year', currency: 'CAD', amount: 165000, approximate: false }, 'fr')).toBe('165\u00a0000\u00a0$ par année');
    expect(sumText({ kind: 'per-year', currency: 'CAD', amount: 62400000, approximate: true }, 'en')).toBe(
      'approximately $62,400,000 per year',
    );
    expect(sumText({ kind: 'multi-year', currency: 'CAD', amount: 100000, approximate: false }, 'en')).toBe('$100,000 over several years');
    expect(sumText({ kind: 'multi-year', currency: 'CAD', amount: 100000, approximate: false }, 'fr')).toBe(
      '100\u00a0000\u00a0$ sur plusieurs années',
    );
  });
});

describe('leftOutOfTotals', () => {
  const programs: ProgramAmounts[] = [
    {
      id: 'mcee',
      data: {
        envelope: money(21000000, { period: { years: 3 } }),
        allocations: [{ label: { en: 'Three projects', fr: 'Trois projets' }, amount: { redacted: ['atia-18'] } }],
        recipients: [],
      },
    },
    {
      id: 'imcbp',
      data: {
        allocations: [],
        recipients: [
          { to: { collection: 'forums', id: 'igc' }, amount: money(165000) },
          {
            to: { collection: 'stakeholders', id: 'mpi' },
            amount: money(100000, { period: { years: 2 }, from: { start: 2018 }, to: { start: 2019 } }),
          },
          { to: { collection: 'forums', id: 'rcm' } },
          { to: { collection: 'stakeholders', id: 'iom' }, amount: { redacted: ['atia-15-1'] } },
        ],
      },
    },
  ];

  it('names every amount a total leaves out, with its program and the reason', () => {
    expect(leftOutOfTotals(programs).map((r) => [r.program, r.reason, r.label?.en ?? r.recipient])).toEqual([
      ['mcee', 'envelope', undefined],
      ['mcee', 'allocation', 'Three projects'],
      ['imcbp', 'no-fiscal-year', { collection: 'forums', id: 'igc' }],
      ['imcbp', 'withheld', { collection: 'stakeholders', id: 'iom' }],
    ]);
  });

  it('leaves out nothing for a payment with fiscal years, nor for a recipient without an amount', () => {
    expect(
      leftOutOfTotals([
        { id: 'p', data: { allocations: [], recipients: [programs[1]!.data.recipients[1]!, programs[1]!.data.recipients[2]!] } },
      ]),
    ).toEqual([]);
  });
});

describe('leftOutOfTotals: planned spending, amounts to be determined, recipient groups', () => {
  it('names each with its reason', () => {
    const group = { group: { en: 'Service providers', fr: 'Fournisseurs de services' } };
    const rows = leftOutOfTotals([
      {
        id: 'rap',
        data: {
          allocations: [],
          plannedSpending: [{ year: { start: 2025 }, amount: { ...money(0), amount: 'tbd' } }],
          recipients: [
            { to: group, amount: { ...money(0), amount: 'tbd' } },
            { to: group, amount: { redact: ['atia-15-1'] } },
          ],
        },
      },
    ]);
    expect(rows.map((r) => r.reason)).toEqual(['planned', 'tbd', 'withheld']);
    expect(rows[0]!.year).toEqual({ start: 2025 });
    expect(rows[1]!.recipient).toEqual(group);
  });
});
