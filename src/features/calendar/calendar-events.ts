/**
 * The events of an edition's calendar file: which meetings go in (those a calendar application
 * can place, whose every word this edition may publish) and what each event says. The file
 * itself is written in ics.ts.
 */
import type { Lang } from '../../schemas/localized.ts';
import type { DateRange } from '../../schemas/date.ts';
import type { Redactable } from '../../schemas/redactable.ts';
import type { Edition } from '../../redaction/edition.ts';
import { unwrap } from '../../core/redactable.ts';
import { calendarStrings } from './strings.ts';
import { disclosureOf } from './disclosure.ts';
import { meetingUid } from './meeting-uid.ts';
import type { DatedMeeting } from './meetings.ts';
import { icsInstants, meetingTimeText } from './meeting-time.ts';
import type { AttendeeText } from './calendar-attendees.ts';
import { peopleStrings } from '../people/strings.ts';

/** Whether a date names days, so that a calendar application can place it. */
export function isDayPrecise(date: DateRange): boolean {
  return date.start.precision === 'day' && (date.end === undefined || date.end.precision === 'day');
}

/** The entry a meeting belongs to, and the meeting's attendees, in the calendar's language. */
export interface CalendarEntry {
  /** "Alpha Forum (AF)". */
  name: string;
  /** The entry page's path, base path included ("/binder/en/forums/alpha/"). */
  path: string;
  /** Markers of an entry that the public edition withholds as a whole (internal edition only). */
  withheldMarkers?: readonly string[] | undefined;
  /** The meeting's attendees as this edition has them (calendar-attendees.ts). */
  attendees?: readonly AttendeeText[] | undefined;
}

export interface IcsOptions {
  lang: Lang;
  edition: Edition;
  /** The binder's as-of day (ISO): the DTSTAMP of every event, so that two builds are identical. */
  asOf: string;
  /** The binder's title in this language, for the calendar's name. */
  binderTitle: string;
  /** The binder's IANA time zone, for meeting times that name none (default America/Toronto). */
  timeZone?: string | undefined;
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
  /** A timed event: its start and, when known, end as UTC date-times ("20190729T193000Z"). */
  instants?: { start: string; end?: string };
}

/** The meetings that go in this edition's calendar file, with what each event needs. */
export function calendarEvents(meetings: readonly DatedMeeting[], options: IcsOptions): CalendarEvent[] {
  const strings = calendarStrings[options.lang];
  const { lang } = options;
  const timestamp = `${options.asOf.replaceAll('-', '')}T000000Z`;
  const uids = new Map<string, number>();
  const events: CalendarEvent[] = [];
  for (const m of meetings) {
    if (!isDayPrecise(m.meeting.date)) continue;
    const entry = options.entryOf(m);
    const disclosure = disclosureOf(m, entry.withheldMarkers, entry.attendees);
    // The public file has no "[REDACTED]" events: a meeting missing any text is left out whole.
    if (disclosure.state === 'redacted' || (disclosure.state === 'shown' && options.edition === 'public')) continue;
    const text = (field: Redactable<{ en: string; fr: string }> | undefined) => {
      const u = field === undefined ? undefined : unwrap(field);
      return u && u.state !== 'redacted' ? u.value[lang] : undefined;
    };
    const title = text(m.meeting.title) ?? '';
    const location = text(m.meeting.location);
    const theme = text(m.meeting.theme);
    const agenda = (m.meeting.agenda ?? []).map(text).filter((item) => item !== undefined);
    // A withheld attendee has left the meeting out above; here each is plain or shown.
    const attendees = (entry.attendees ?? []).flatMap((a) => (a.state === 'redacted' || a.value === '' ? [] : [a.value]));
    const timed = timing(m, options);
    const link = options.site ? new URL(entry.path, options.site).href : entry.path;
    const uid = meetingUid(m);
    const seen = uids.get(uid) ?? 0;
    uids.set(uid, seen + 1);
    const event: CalendarEvent = {
      uid: seen === 0 ? uid : uid.replace('@', `-${seen + 1}@`),
      timestamp,
      title: disclosure.state === 'shown' ? `${strings.withheldPrefix}${title}` : title,
      start: m.start,
      end: dayAfter(m.end),
      description: [
        entry.name,
        timed && strings.time(timed.text),
        theme && strings.theme(theme),
        agenda.length > 0 && strings.agendaLine(agenda.join(strings.agendaSeparator)),
        attendees.length > 0 && strings.attendeesLine(attendees.join(peopleStrings[lang].attendeeSeparator)),
        link,
      ]
        .filter(Boolean)
        .join('\n'),
      ...(timed ? { instants: timed.instants } : {}),
      // URL is a URI (RFC 5545, 3.8.4.6); a bare path is not one, so it waits for a site.
      ...(options.site ? { url: link } : {}),
      ...(location ? { location } : {}),
    };
    events.push(event);
  }
  return events;
}

/** A meeting's time, when it has one this edition shows: as read, and as UTC instants. */
function timing(m: DatedMeeting, options: IcsOptions) {
  const u = m.meeting.time === undefined ? undefined : unwrap(m.meeting.time);
  if (!u || u.state === 'redacted') return undefined;
  const binderZone = options.timeZone ?? 'America/Toronto';
  const zone = m.meeting.timeZone ?? binderZone;
  const instants = icsInstants(u.value, m.meeting.date, zone);
  return instants && { instants, text: meetingTimeText(u.value, m.meeting.date, zone, binderZone, options.lang) };
}

const dateArray = (iso: string): [number, number, number] => iso.split('-').map(Number) as [number, number, number];

function dayAfter(iso: string): string {
  const [year, month, day] = dateArray(iso);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}
