/**
 * The engagements calendar of this build's store: what the .ics endpoints and the calendar page
 * share (the entry of each meeting, the file's URL). The rules themselves are pure: month-groups.ts,
 * disclosure.ts (edition rules), meeting-uid.ts, calendar-events.ts, ics.ts and ics-text.ts.
 */
import type { Lang } from '../../schemas/localized.ts';
import { meetingsOf, type DatedMeeting } from './meetings.ts';
import { isRedacted } from '../../schemas/redacted.ts';
import { buildIcs } from './ics.ts';
import type { CalendarEntry } from './calendar-events.ts';
import { loadStore, type AnyEntry, type Store } from '../../site/store.ts';
import { entryLongName } from '../../site/entry-names.ts';
import { entryUrl, pageSlugs, withBase } from '../../site/urls.ts';
import { unspecifiedMarker } from '../../core/literal-markers.ts';
import { attendeeText, type AttendeeText } from './calendar-attendees.ts';

/** "/en/calendar.ics", "/fr/calendrier.ics", under the base path. */
export function icsUrl(lang: Lang): string {
  return withBase(`/${lang}/${pageSlugs[lang].calendar}.ics`);
}

/**
 * Markers of an entry the public edition withholds as a whole (`redact:`, or classified above
 * unclassified, which has no marker of its own), so that the internal edition flags its meetings.
 */
export function entryWithheldMarkers(entry: AnyEntry): string[] | undefined {
  if (entry.data.redact?.length) return entry.data.redact;
  return entry.data.classification === 'unclassified' ? undefined : [unspecifiedMarker];
}

export function calendarEntry(store: Store, m: DatedMeeting, lang: Lang): CalendarEntry {
  const entry = store.entry(m.collection, m.id);
  if (!entry) throw new Error(`A meeting belongs to ${m.collection}/${m.id}, which is not in this edition.`);
  return {
    name: entryLongName(entry, lang),
    path: entryUrl(lang, m.collection, m.id),
    withheldMarkers: entryWithheldMarkers(entry),
    attendees: meetingAttendees(store, m, lang),
  };
}

/** A meeting's attendees as this edition has them: a withheld person is markers only (the redact pass replaced the reference). */
function meetingAttendees(store: Store, m: DatedMeeting, lang: Lang): AttendeeText[] {
  return (m.meeting.attendees ?? []).map((ref) => {
    const entry = isRedacted(ref) ? undefined : store.entry('people', ref.id);
    const person = entry?.collection === 'people' ? entry : undefined;
    return attendeeText(ref, person?.data, person && entryWithheldMarkers(person), lang, store.asOf);
  });
}

/** The .ics endpoint's response for one language. */
export async function icsResponse(lang: Lang, site: URL | undefined): Promise<Response> {
  const store = await loadStore();
  const body = buildIcs(meetingsOf(store), {
    lang,
    edition: store.edition,
    asOf: store.asOf,
    binderTitle: store.binder.title[lang],
    timeZone: store.binder.timeZone,
    site,
    entryOf: (m) => calendarEntry(store, m, lang),
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
