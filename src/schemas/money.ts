import { z } from 'astro/zod';

/** Currencies that binders report; amounts in different currencies are never added together. */
export const currency = z.enum(['CAD', 'USD', 'EUR', 'GBP', 'CHF']);

/** The forms of a fiscal year an editor may write, as the hint of a refused one lists them. */
export const fiscalYearForms =
  '2019-20, 2019–20, 2019-2020, 2019–2020 or FY2019-20 (April to March, the second year the one after the first)';

/**
 * A fiscal year of the Government of Canada (April 1 to March 31), written with a hyphen or an
 * en dash, the second year in two or four digits: `2019-20`, `2019–20`, `2019-2020`, `FY2019-20`.
 * Rendered "2019–20" / "2019-2020".
 */
export const fiscalYear = z.string().transform((text, ctx) => {
  const match = /^(?:FY\s?)?(\d{4})\s?[-–]\s?(\d{2}|\d{4})$/.exec(text.trim());
  const start = match ? Number(match[1]) : NaN;
  const written = match?.[2] ?? '';
  // "1999-00": a two-digit end year is the last two digits of the year after the start.
  const follows = written.length === 2 ? Number(written) === (start + 1) % 100 : Number(written) === start + 1;
  if (!match || !follows) {
    ctx.addIssue({
      code: 'custom',
      message: match ? `"${text}" is not a fiscal year: its second year is not the year after the first` : `"${text}" is not a fiscal year`,
      params: { hint: `write a fiscal year as ${fiscalYearForms}` },
    });
    return z.NEVER;
  }
  return { start };
});
export type FiscalYear = z.output<typeof fiscalYear>;

/** How often an amount is paid. */
export const period = z.union([
  z.enum(['one-time', 'per-year']).describe('once, or every year'),
  z.strictObject({
    /** The amount covers this many years in total (e.g. $21M over 3 years). */
    years: z.number().int().min(2),
  }),
]);

/** The scales an amount may be shown at: "$103.8 billion" / "103,8 milliards de dollars". */
export const moneyScales = ['thousands', 'millions', 'billions'] as const;
export type MoneyScale = (typeof moneyScales)[number];

/**
 * An amount of money, never a free string: `{ amount: 165000, currency: CAD, period: per-year }`.
 * Write `amount: tbd` when the source says "to be determined"; totals leave it out and say so.
 */
export const money = z.strictObject({
  /** The amount in whole units of the currency (no thousands separators: 165000), or `tbd` when it is to be determined. */
  amount: z.union([z.number().nonnegative(), z.literal('tbd')]),
  /**
   * Show the amount at a scale, as federal publications do: `millions` or `billions` ("$103.8 billion",
   * "103,8 milliards de dollars"), or `thousands`. Without it the amount is written in full. Totals add the exact amounts.
   */
  display: z.enum(moneyScales).optional(),
  /** The ISO 4217 currency code; required, so CAD and USD are never confused. */
  currency,
  /** `one-time`, `per-year`, or `{ years: 3 }` for an amount over several years. Default: one-time. */
  period: period.default('one-time'),
  /** True when the source says "approximately" or "about". */
  approximate: z.boolean().default(false),
  /** The first fiscal year the amount applies to. */
  from: fiscalYear.optional(),
  /** The last fiscal year the amount applies to. */
  to: fiscalYear.optional(),
});
export type Money = z.output<typeof money>;
/** An amount whose figure is known (not `tbd`). */
export type KnownMoney = Money & { amount: number };

/** True when the amount has a figure, false when it is to be determined. */
export function isKnown(money: Money): money is KnownMoney {
  return typeof money.amount === 'number';
}
