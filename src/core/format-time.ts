/**
 * Times of day and time zones, through Intl: "3:30 p.m." / "15 h 30" (Canadian usage, minutes
 * left out on the hour: "3 p.m." / "15 h"), windows "3:30 p.m. to 5:30 p.m." / "de 15 h 30 à 17 h 30",
 * and the instant a wall-clock time in an IANA zone is, for the calendar file.
 */
import type { Lang } from '../schemas/localized.ts';
import type { TimeOfDay, TimeWindow } from '../schemas/time.ts';
import { formatStrings } from './format-strings.ts';
import { locales } from './format.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();
function cached(key: string, options: Intl.DateTimeFormatOptions, locale: string): Intl.DateTimeFormat {
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat(locale, options)));
  return formatter;
}

/**
 * "3:30 p.m.", "3 p.m." / "15 h 30", "15 h", "9 h 05". French is written by hand: Intl's fr-CA writes
 * "09 h", where federal usage writes "9 h", with no-break spaces so a time never breaks across lines.
 */
export function formatTime(time: TimeOfDay, lang: Lang): string {
  if (lang === 'fr') return `${time.hour}\u00a0h${time.minute ? `\u00a0${String(time.minute).padStart(2, '0')}` : ''}`;
  const onTheHour = time.minute === 0;
  const options: Intl.DateTimeFormatOptions = onTheHour
    ? { hour: 'numeric', timeZone: 'UTC' }
    : { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' };
  return cached(`time ${lang} ${onTheHour}`, options, locales[lang]).format(new Date(Date.UTC(2000, 0, 1, time.hour, time.minute)));
}

/** "3:30 p.m. to 5:30 p.m." / "de 15 h 30 à 17 h 30"; one time alone when there is no end. */
export function formatTimeWindow(window: TimeWindow, lang: Lang): string {
  const start = formatTime(window.start, lang);
  return window.end ? formatStrings[lang].timeWindow(start, formatTime(window.end, lang)) : start;
}

/** The offset of a zone from UTC at an instant, in minutes (east positive). */
function offsetMinutes(instant: number, zone: string): number {
  const parts = cached(
    `parts ${zone}`,
    {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    },
    'en-US',
  ).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((wall - instant) / 60000);
}

/**
 * The instant of a wall-clock time on a day in an IANA zone, daylight saving time included
 * ("15:30" on 2019-07-29 in America/Toronto is 19:30 UTC; on 2019-01-29, 20:30 UTC). A time that
 * a spring-forward gap skips is read with the offset before the change, as calendar applications do.
 */
export function zonedInstant(day: { year: number; month: number; day: number }, time: TimeOfDay, zone: string): Date {
  const wall = Date.UTC(day.year, day.month - 1, day.day, time.hour, time.minute);
  const first = wall - offsetMinutes(wall, zone) * 60000;
  const second = wall - offsetMinutes(first, zone) * 60000;
  return new Date(Math.max(first, second));
}

/** The zone's name in the reader's language on a day: "Central European Time" / "heure de l’Europe centrale". */
export function timeZoneName(zone: string, instant: Date, lang: Lang): string {
  const parts = cached(`zone ${lang} ${zone}`, { timeZone: zone, timeZoneName: 'longGeneric' }, locales[lang]).formatToParts(instant);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
}
