/** The iCalendar file (RFC 5545) of one language and edition. */
import { calendarStrings } from './strings.ts';
import { calendarEvents, type CalendarEvent, type IcsOptions } from './calendar-events.ts';
import { foldOctets, icsText } from './ics-text.ts';
import type { DatedMeeting } from './meetings.ts';

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
      ...eventTimes(event),
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

/**
 * A timed event in UTC date-times (RFC 5545, 3.3.5, form 2), computed from the meeting's IANA zone
 * with its daylight saving time, so no VTIMEZONE is needed; without an end, the event ends as it
 * starts (3.6.1). An all-day event in DATE values, its DTEND the day after its last.
 */
function eventTimes(event: CalendarEvent): string[] {
  if (event.instants) {
    const { start, end } = event.instants;
    return [`DTSTART:${start}`, ...(end ? [`DTEND:${end}`] : [])];
  }
  return [`DTSTART;VALUE=DATE:${event.start.replaceAll('-', '')}`, `DTEND;VALUE=DATE:${event.end.replaceAll('-', '')}`];
}
