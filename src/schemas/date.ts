import { z } from 'astro/zod';
import { parsePartialDate, firstDay, type PartialDate } from './partial-date.ts';

/**
 * One date at the precision the source gives: `2019-07-29`, `2019-10`, `2020-fall` or `2020`.
 * Write it in quotes or not; impossible days (`2019-02-30`) are errors.
 */
export const partialDate = z.union([z.string(), z.number().int(), z.date()]).transform((value, ctx): PartialDate => {
  // A YAML parser may hand over a Date (YAML 1.1 timestamps) or a number (a bare year).
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  const parsed = parsePartialDate(text);
  if ('error' in parsed) {
    ctx.addIssue({ code: 'custom', message: parsed.error });
    return z.NEVER;
  }
  return parsed;
});

/**
 * A date or a range of dates: `2019-12-17`, or `{ start: 2019-07-29, end: 2019-07-30 }`.
 * The end must not come before the start.
 */
export const dateRange = z
  .union([
    partialDate.transform((start) => ({ start, end: undefined as PartialDate | undefined })),
    z.strictObject({
      /** The first day (or month, season, year). */
      start: partialDate,
      /** The last day, for events over several days. */
      end: partialDate,
    }),
  ])
  .superRefine((range, ctx) => {
    if (range.end && firstDay(range.end) < firstDay(range.start)) {
      ctx.addIssue({ code: 'custom', message: 'the end date comes before the start date', path: ['end'] });
    }
  });
export type DateRange = z.output<typeof dateRange>;

/** A year, such as the year a body was established. */
export const year = z.number().int().min(1800).max(2200);
