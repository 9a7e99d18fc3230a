/**
 * The calendar's edition rules: how much of a meeting this edition may show, from its own
 * fields, the markers it was shown under, and those of the entry it belongs to.
 */
import { literalMarkerPattern, unspecifiedMarker } from '../../core/literal-markers.ts';
import { unwrap } from '../../core/redactable.ts';
import type { DatedMeeting } from './meetings.ts';
import type { AttendeeText } from './calendar-attendees.ts';

/**
 * How much of a meeting this edition may show. `redacted`: some of its text is gone (the public
 * edition's markers, or "[REDACTED]" already in the source). `shown`: the internal edition shows
 * text the public edition withholds (the meeting, one of its fields, the entry it belongs to, or an
 * attendee: a withheld person, name or title).
 */
export type Disclosure = { state: 'plain' } | { state: 'shown' | 'redacted'; markers: string[] };

export function disclosureOf(m: DatedMeeting, entryMarkers?: readonly string[], attendees: readonly AttendeeText[] = []): Disclosure {
  const redacted = new Set<string>();
  const shown = new Set<string>([...(m.shownMarkers ?? []), ...(entryMarkers ?? [])]);
  const texts = [m.meeting.title, m.meeting.location, m.meeting.theme, ...(m.meeting.agenda ?? [])];
  for (const field of [...texts, m.meeting.time]) {
    if (field === undefined) continue;
    const u = unwrap<unknown>(field);
    // Withheld and not recorded (internal edition only): shown with its markers, nothing to leak.
    if (u.state === 'redacted' && u.unrecorded) u.markers.forEach((id) => shown.add(id));
    else if (u.state === 'redacted') u.markers.forEach((id) => redacted.add(id));
    else {
      if (u.state === 'shown') u.markers.forEach((id) => shown.add(id));
      if (isText(u.value) && Object.values(u.value).some(hasLiteralMarker)) redacted.add(unspecifiedMarker);
    }
  }
  for (const a of attendees) {
    if (a.state === 'redacted') a.markers.forEach((id) => redacted.add(id));
    else {
      if (a.state === 'shown') a.markers.forEach((id) => shown.add(id));
      if (hasLiteralMarker(a.value)) redacted.add(unspecifiedMarker);
    }
  }
  if (redacted.size > 0) return { state: 'redacted', markers: [...redacted] };
  if (shown.size > 0) return { state: 'shown', markers: [...shown] };
  return { state: 'plain' };
}

const isText = (value: unknown): value is { en: string; fr: string } =>
  typeof value === 'object' && value !== null && typeof (value as { en?: unknown }).en === 'string';
const hasLiteralMarker = (text: string) => new RegExp(literalMarkerPattern.source, 'iu').test(text);
