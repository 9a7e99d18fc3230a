import { z } from 'astro/zod';
import { localizedText } from './localized.ts';
import { redactable } from './redactable.ts';
import { dateRange } from './date.ts';

/**
 * A dated meeting or event: `{ title: {...}, date: { start: 2019-07-29, end: 2019-07-30 }, location: {...} }`.
 * Write `{ redact: <marker>, value: {...} }` to withhold the whole meeting from the public edition.
 */
export const meeting = z.strictObject({
  /** What the meeting is, in each language. */
  title: redactable(localizedText),
  /** When: a day, a range of days, a month, a season or a year. */
  date: dateRange,
  /** Where, in each language; leave out when not yet known. */
  location: redactable(localizedText).optional(),
  /** The theme or agenda, in each language. */
  theme: redactable(localizedText).optional(),
});
export type Meeting = z.output<typeof meeting>;
