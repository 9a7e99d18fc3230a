import { z } from 'astro/zod';
import { localizedText } from './localized.ts';
import { redactable } from './redactable.ts';
import { dateRange } from './date.ts';
import { entryRef, type RefFactory } from './reference.ts';

/**
 * A dated meeting or event: `{ title: {...}, date: { start: 2019-07-29, end: 2019-07-30 }, location: {...} }`.
 * Write `{ redact: <marker>, value: {...} }` to withhold the whole meeting from the public edition.
 */
export const meeting = (ref: RefFactory) =>
  z.strictObject({
    /** What the meeting is, in each language. */
    title: redactable(localizedText),
    /** When: a day, a range of days, a month, a season or a year. */
    date: dateRange,
    /** Where, in each language; leave out when not yet known. */
    location: redactable(localizedText).optional(),
    /** The theme or agenda, in each language. */
    theme: redactable(localizedText).optional(),
    /** Who attends (ids of people): `[dg-iigr, jane-doe]`. */
    attendees: z.array(entryRef(ref, 'people')).optional(),
  });
export type Meeting = z.output<ReturnType<typeof meeting>>;
