import { z } from 'astro/zod';

/** Currencies that binders report; amounts in different currencies are never added together. */
export const currency = z.enum(['CAD', 'USD', 'EUR', 'GBP', 'CHF']);

/**
 * A fiscal year of the Government of Canada (April 1 to March 31), written `2019-20`
 * (also accepted: `2019-2020`, `FY2019-20`). Rendered "2019–20".
 */
export const fiscalYear = z.string().transform((text, ctx) => {
  const match = /^(?:FY\s?)?(\d{4})-(\d{2}|\d{4})$/.exec(text.trim());
  const start = match ? Number(match[1]) : NaN;
  const written = match?.[2] ?? '';
  // "1999-00": a two-digit end year is the last two digits of the year after the start.
  const follows = written.length === 2 ? Number(written) === (start + 1) % 100 : Number(written) === start + 1;
  if (!match || !follows) {
    ctx.addIssue({ code: 'custom', message: `"${text}" is not a fiscal year: write it as 2019-20` });
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

/**
 * An amount of money, never a free string: `{ amount: 165000, currency: CAD, period: per-year }`.
 */
export const money = z.strictObject({
  /** The amount in whole units of the currency (no thousands separators: 165000). */
  amount: z.number().nonnegative(),
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
