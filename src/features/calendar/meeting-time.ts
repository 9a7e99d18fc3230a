/**
 * A meeting's time as readers read it: "3:30 p.m. to 5:30 p.m." in the meeting's zone, naming the
 * zone when it is not the binder's ("(Central European Time)"), and the instants the calendar file
 * writes (UTC, computed from the IANA zone, daylight saving time included).
 */
import type { Lang } from '../../schemas/localized.ts';
import type { TimeWindow } from '../../schemas/time.ts';
import type { DateRange } from '../../schemas/date.ts';
import { formatTimeWindow, timeZoneName, zonedInstant } from '../../core/format-time.ts';

/** The day of a one-day meeting, or undefined (a time is only allowed on one; the schema says so). */
function dayOf(date: DateRange) {
  return date.start.precision === 'day' && date.end === undefined ? date.start : undefined;
}

/** "3:30 p.m. to 5:30 p.m.", "(heure de l’Europe centrale)" added when the zone is not the binder's. */
export function meetingTimeText(time: TimeWindow, date: DateRange, zone: string, binderZone: string, lang: Lang): string {
  const text = formatTimeWindow(time, lang);
  const day = dayOf(date);
  if (zone === binderZone || !day) return text;
  return `${text} (${timeZoneName(zone, zonedInstant(day, time.start, zone), lang)})`;
}

/** The start and end of a timed event as iCalendar UTC date-times ("20190729T193000Z"). */
export function icsInstants(time: TimeWindow, date: DateRange, zone: string): { start: string; end?: string } | undefined {
  const day = dayOf(date);
  if (!day) return undefined;
  const stamp = (d: Date) =>
    d
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
  const start = stamp(zonedInstant(day, time.start, zone));
  return time.end ? { start, end: stamp(zonedInstant(day, time.end, zone)) } : { start };
}
