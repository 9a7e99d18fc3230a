import { z } from 'astro/zod';
import { localizedText } from './localized.ts';
import { redactable } from './redactable.ts';
import { dateRange } from './date.ts';
import { timeWindow, timeZone } from './time.ts';
import { entryRef, type RefFactory } from './reference.ts';

/**
 * A dated meeting or event: `{ title: {...}, date: { start: 2019-07-29, end: 2019-07-30 }, location: {...} }`.
 * Write `{ redact: <marker>, value: {...} }` to withhold the whole meeting from the public edition.
 */
export const meeting = (ref: RefFactory) =>
  z
    .strictObject({
      /** What the meeting is, in each language. */
      title: redactable(localizedText),
      /** When: a day, a range of days, a month, a season or a year. */
      date: dateRange,
      /** Where, in each language; leave out when not yet known. */
      location: redactable(localizedText).optional(),
      /** The theme or agenda, in each language. */
      theme: redactable(localizedText).optional(),
      /** The time of day, 24 h, on a meeting of one day: `"15:30"`, or a window `{ start: "15:30", end: "17:30" }`. */
      time: redactable(timeWindow).optional(),
      /** The IANA time zone of `time`, when it is not the binder's `timeZone`: `Europe/Zurich`. */
      timeZone: timeZone.optional(),
      /** The agenda items, each in each language and each redactable: `[{ en: …, fr: … }]`. */
      agenda: z.array(redactable(localizedText)).optional(),
      /** Who attends (ids of people): `[dg-iigr, jane-doe]`. */
      attendees: z.array(entryRef(ref, 'people')).optional(),
    })
    .superRefine(timeOnOneDay);
export type Meeting = z.output<ReturnType<typeof meeting>>;

/** A time of day belongs to one day: a meeting over several days, a month or a season has none. */
function timeOnOneDay(
  m: { date: { start: { precision: string }; end?: unknown }; time?: unknown; timeZone?: unknown },
  ctx: z.RefinementCtx,
) {
  const oneDay = m.date.start.precision === 'day' && m.date.end === undefined;
  if (m.time !== undefined && !oneDay) {
    ctx.addIssue({
      code: 'custom',
      message: 'a time needs a meeting of one day',
      path: ['time'],
      params: { hint: 'give the meeting one day (date: 2019-07-29) or leave the time out' },
    });
  }
  if (m.timeZone !== undefined && m.time === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: 'a time zone without a time says nothing',
      path: ['timeZone'],
      params: { hint: 'add time: "15:30", or leave timeZone out' },
    });
  }
}
