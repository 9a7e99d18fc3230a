import { z } from 'astro/zod';

/** A time of day on the 24-hour clock, as parsed from `"15:30"`. */
export interface TimeOfDay {
  hour: number;
  minute: number;
}

const clock = /^([01]?\d|2[0-3]):([0-5]\d)$/;
const timeHint = 'write a time on the 24-hour clock, in quotes: "09:00", "15:30"';

/**
 * A time of day, 24 h: `"15:30"` (quotes are safest; `9:00` and `09:00` are the same).
 */
export const timeOfDay = z.union([z.string(), z.number()]).transform((value, ctx): TimeOfDay => {
  const match = typeof value === 'string' ? clock.exec(value.trim()) : null;
  if (!match) {
    ctx.addIssue({
      code: 'custom',
      message: typeof value === 'string' ? `"${value}" is not a time of day` : 'is a number, not a time of day',
      params: { hint: timeHint, withheldMessage: 'is not a time of day' },
    });
    return z.NEVER;
  }
  return { hour: Number(match[1]), minute: Number(match[2]) };
});

/** A time, or a window of time: the start, and the end when known. */
export interface TimeWindow {
  start: TimeOfDay;
  end?: TimeOfDay | undefined;
}

const minutes = (t: TimeOfDay) => t.hour * 60 + t.minute;

/**
 * When on the day: `"15:30"`, or a window `{ start: "15:30", end: "17:30" }` (24 h, in the
 * meeting's time zone). The end must come after the start.
 */
export const timeWindow = z
  .union([
    timeOfDay.transform((start): TimeWindow => ({ start })),
    z.strictObject({
      /** When it starts: `"15:30"`. */
      start: timeOfDay,
      /** When it ends, the same day: `"17:30"`. */
      end: timeOfDay,
    }),
  ])
  .superRefine((window, ctx) => {
    if (window.end && minutes(window.end) <= minutes(window.start)) {
      ctx.addIssue({
        code: 'custom',
        message: 'the time window ends before it starts (or when it starts)',
        path: ['end'],
        params: { hint: 'write the start first, then a later end on the same day: time: { start: "15:30", end: "17:30" }' },
      });
    }
  });

/**
 * An IANA time zone: `America/Toronto`, `Europe/Zurich`, `UTC`. Abbreviations (`EST`) are
 * refused: they do not say when daylight saving time applies.
 */
export const timeZone = z.string().superRefine((zone, ctx) => {
  if (isTimeZone(zone)) return;
  ctx.addIssue({
    code: 'custom',
    message: `"${zone}" is not an IANA time zone`,
    params: {
      hint: 'write an IANA time zone, Area/City: America/Toronto, America/Vancouver, Europe/Zurich (or UTC)',
      withheldMessage: 'is not an IANA time zone',
    },
  });
});

/** True for an IANA zone name this machine's Intl knows (`Area/City`, or `UTC`). */
export function isTimeZone(zone: string): boolean {
  if (zone !== 'UTC' && !/^[A-Z][A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
