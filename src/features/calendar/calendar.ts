/**
 * The engagements calendar: meetings grouped by month and split around the binder's as-of day,
 * and the iCalendar file (RFC 5545) of one language and edition. Pure functions over the meetings
 * of the store (src/features/calendar/meetings.ts); the endpoints and the page only call them.
 */
import { createHash } from 'node:crypto';
import type { Lang } from '../../schemas/localized.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import type { DateRange } from '../../schemas/date.ts';
import type { Redactable } from '../../schemas/redactable.ts';
import type { Edition } from '../../redaction/edition.ts';
import { calendarStrings } from './strings.ts';
import { literalMarkerPattern, unspecifiedMarker } from '../../core/literal-markers.ts';
import { firstDay, lastDay } from '../../schemas/partial-date.ts';
import { splitByAsOf, type DatedMeeting } from './meetings.ts';
import { unwrap } from '../../core/redactable.ts';
import { monthFormat } from '../../core/format.ts';

export interface MonthGroup<T> {
  /** "2019-10": the month of the first day of each of its meetings. */
  month: string;
  meetings: T[];
}

/**
 * Runs of meetings that start in the same month, in the order given (so past meetings, listed
 * most recent first, give the months most recent first). A month, season or year goes in the
 * month of its first day: "fall 2020" under September 2020, where it still reads "Fall 2020".
 */
export function groupByMonth<T extends { start: string }>(meetings: readonly T[]): MonthGroup<T>[] {
  const groups: MonthGroup<T>[] = [];
  for (const meeting of meetings) {
    const month = meeting.start.slice(0, 7);
    const last = groups.at(-1);
    if (last?.month === month) last.meetings.push(meeting);
    else groups.push({ month, meetings: [meeting] });
  }
  return groups;
}

/** Upcoming meetings (ending on or after the as-of day) and past ones (most recent first), by month. */
export function calendarSections(meetings: DatedMeeting[], asOf: string) {
  const { upcoming, past } = splitByAsOf(meetings, asOf);
  return { upcoming: groupByMonth(upcoming), past: groupByMonth(past) };
}

/** "2019-10" as "October 2019" / "octobre 2019". */
export function formatMonth(month: string, lang: Lang): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return monthFormat(lang).format(new Date(Date.UTC(year, number - 1, 1)));
}

/**
 * One entry's meetings, as written (each possibly withheld), split for its page: upcoming in date
 * order, past most recent first, and those withheld as a whole apart, since the public edition
 * has no date to place them by (placing them would tell when they are).
 */
export function splitEntryMeetings<T extends Redactable<Meeting>>(items: readonly T[], asOf: string): { upcoming: T[]; past: T[]; withheld: T[] } {
  const dated: { item: T; start: string; end: string }[] = [];
  const withheld: T[] = [];
  for (const item of items) {
    const u = unwrap<Meeting>(item);
    if (u.state === 'redacted') withheld.push(item);
    else dated.push({ item, start: firstDay(u.value.date.start), end: lastDay(u.value.date.end ?? u.value.date.start) });
  }
  // Array.prototype.sort is stable: meetings on the same days keep the editor's order.
  dated.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
  return {
    upcoming: dated.filter((m) => m.end >= asOf).map((m) => m.item),
    past: dated.filter((m) => m.end < asOf).reverse().map((m) => m.item),
    withheld,
  };
}

/** Whether a date names days, so that a calendar application can place it. */
export function isDayPrecise(date: DateRange): boolean {
  return date.start.precision === 'day' && (date.end === undefined || date.end.precision === 'day');
}

/**
 * How much of a meeting this edition may show. `redacted`: some of its text is gone (the public
 * edition's markers, or "[REDACTED]" already in the source). `shown`: the internal edition shows
 * text the public edition withholds (the meeting, one of its fields, or the entry it belongs to).
 */
export type Disclosure = { state: 'plain' } | { state: 'shown' | 'redacted'; markers: string[] };

export function disclosureOf(m: DatedMeeting, entryMarkers?: readonly string[]): Disclosure {
  const redacted = new Set<string>();
  const shown = new Set<string>([...(m.shownMarkers ?? []), ...(entryMarkers ?? [])]);
  for (const field of [m.meeting.title, m.meeting.location, m.meeting.theme]) {
    if (field === undefined) continue;
    const u = unwrap(field);
    if (u.state === 'redacted') u.markers.forEach((id) => redacted.add(id));
    else {
      if (u.state === 'shown') u.markers.forEach((id) => shown.add(id));
      if (Object.values(u.value).some(hasLiteralMarker)) redacted.add(unspecifiedMarker);
    }
  }
  if (redacted.size > 0) return { state: 'redacted', markers: [...redacted] };
  if (shown.size > 0) return { state: 'shown', markers: [...shown] };
  return { state: 'plain' };
}

const hasLiteralMarker = (text: string) => new RegExp(literalMarkerPattern.source, 'iu').test(text);

/**
 * A UID that stays with its meeting when others are added, moved or removed: the entry, the first
 * day and a short hash of the English title, never a position in a list. Calendar applications
 * update an event in place when a new file brings the same UID (RFC 5545, 3.8.4.7).
 */
export function meetingUid(m: DatedMeeting): string {
  const title = unwrap(m.meeting.title);
  const english = title.state === 'redacted' ? title.markers.join(' ') : title.value.en;
  const hash = createHash('sha256').update(JSON.stringify([m.collection, m.id, m.start, english])).digest('hex').slice(0, 10);
  return `${m.collection}-${m.id}-${m.start.replaceAll('-', '')}-${hash}@binder`;
}

/** The entry a meeting belongs to, in the calendar's language. */
export interface CalendarEntry {
  /** "Alpha Forum (AF)". */
  name: string;
  /** The entry page's path, base path included ("/binder/en/forums/alpha/"). */
  path: string;
  /** Markers of an entry that the public edition withholds as a whole (internal edition only). */
  withheldMarkers?: readonly string[] | undefined;
}

export interface IcsOptions {
  lang: Lang;
  edition: Edition;
  /** The binder's as-of day (ISO): the DTSTAMP of every event, so that two builds are identical. */
  asOf: string;
  /** The binder's title in this language, for the calendar's name. */
  binderTitle: string;
  /** The site's origin, to make the links absolute; without it, descriptions give the path. */
  site?: string | URL | undefined;
  entryOf(m: DatedMeeting): CalendarEntry;
}

/** One all-day event of the calendar file. */
export interface CalendarEvent {
  uid: string;
  /** DTSTAMP, e.g. "20190930T000000Z". */
  timestamp: string;
  title: string;
  /** First day, ISO. */
  start: string;
  /** The day after the last day, ISO: DTEND of an all-day event is exclusive (RFC 5545, 3.6.1). */
  end: string;
  description: string;
  url?: string;
  location?: string;
}

/** The meetings that go in this edition's calendar file, with what each event needs. */
export function calendarEvents(meetings: readonly DatedMeeting[], options: IcsOptions): CalendarEvent[] {
  const s = calendarStrings[options.lang];
  const { lang } = options;
  const timestamp = `${options.asOf.replaceAll('-', '')}T000000Z`;
  const uids = new Map<string, number>();
  const events: CalendarEvent[] = [];
  for (const m of meetings) {
    if (!isDayPrecise(m.meeting.date)) continue;
    const entry = options.entryOf(m);
    const disclosure = disclosureOf(m, entry.withheldMarkers);
    // The public file has no "[REDACTED]" events: a meeting missing any text is left out whole.
    if (disclosure.state === 'redacted' || (disclosure.state === 'shown' && options.edition === 'public')) continue;
    const text = (field: Redactable<{ en: string; fr: string }> | undefined) => {
      const u = field === undefined ? undefined : unwrap(field);
      return u && u.state !== 'redacted' ? u.value[lang] : undefined;
    };
    const title = text(m.meeting.title) ?? '';
    const location = text(m.meeting.location);
    const theme = text(m.meeting.theme);
    const link = options.site ? new URL(entry.path, options.site).href : entry.path;
    const uid = meetingUid(m);
    const seen = uids.get(uid) ?? 0;
    uids.set(uid, seen + 1);
    const event: CalendarEvent = {
      uid: seen === 0 ? uid : uid.replace('@', `-${seen + 1}@`),
      timestamp,
      title: disclosure.state === 'shown' ? `${s.withheldPrefix}${title}` : title,
      start: m.start,
      end: dayAfter(m.end),
      description: [entry.name, theme && s.theme(theme), link].filter(Boolean).join('\n'),
      // URL is a URI (RFC 5545, 3.8.4.6); a bare path is not one, so it waits for a site.
      ...(options.site ? { url: link } : {}),
      ...(location ? { location } : {}),
    };
    events.push(event);
  }
  return events;
}

/**
 * The iCalendar file of one language and edition: byte-identical for the same sources. Written
 * here rather than through a library: the file is a dozen lines per event, and validating every
 * event through a schema library cost more than the rest of the calendar at a few thousand meetings.
 */
export function buildIcs(meetings: readonly DatedMeeting[], options: IcsOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    // "-//owner//product//language", the form RFC 5545 (3.7.3) shows; the binder is named in X-WR-CALNAME.
    `PRODID:-//Binder//Engagements calendar//${options.lang.toUpperCase()}`,
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icsText(calendarStrings[options.lang].calendarName(options.binderTitle))}`,
    'X-PUBLISHED-TTL:PT1H',
  ];
  for (const event of calendarEvents(meetings, options)) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${icsText(event.uid)}`,
      `SUMMARY:${icsText(event.title)}`,
      `DTSTAMP:${event.timestamp}`,
      // All-day events: DATE values.
      `DTSTART;VALUE=DATE:${event.start.replaceAll('-', '')}`,
      `DTEND;VALUE=DATE:${event.end.replaceAll('-', '')}`,
      `DESCRIPTION:${icsText(event.description)}`,
    );
    // URL is a URI (RFC 5545, 3.8.4.6), not TEXT: no escaping.
    if (event.url) lines.push(`URL:${event.url}`);
    if (event.location) lines.push(`LOCATION:${icsText(event.location)}`);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return foldOctets(`${lines.join('\r\n')}\r\n`);
}

/** A TEXT value (RFC 5545, 3.3.11): backslash, semicolon, comma and newline escaped. */
export function icsText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

const dateArray = (iso: string): [number, number, number] => iso.split('-').map(Number) as [number, number, number];

function dayAfter(iso: string): string {
  const [year, month, day] = dateArray(iso);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/** Folds content lines at 75 octets, never inside a UTF-8 sequence (RFC 5545, 3.1). */
export function foldOctets(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines
    .map((line) => {
      const parts: string[] = [];
      let current = '';
      let size = 0;
      for (const char of line) {
        const bytes = Buffer.byteLength(char, 'utf8');
        // The first line holds 75 octets; each continuation line 74 after its leading space.
        if (size + bytes > (parts.length === 0 ? 75 : 74)) {
          parts.push(current);
          current = '';
          size = 0;
        }
        current += char;
        size += bytes;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}
