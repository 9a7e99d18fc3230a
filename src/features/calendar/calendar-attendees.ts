/**
 * A meeting's attendees as the calendar file names them: one line of text each, "The Honourable
 * Ahmed Hussen, Minister of …", or a position's title, as the meeting's page writes them
 * (people/PersonLink.astro), with how much of it this edition may publish. Pure.
 *
 * They go in the event's DESCRIPTION ("Attending: …"), not in ATTENDEE properties:
 * - the file is METHOD:PUBLISH, and iTIP (RFC 5546, 3.2.1) says a published event MUST NOT have
 *   attendees: ATTENDEE belongs to invitations (REQUEST), with an organizer and replies;
 * - an ATTENDEE's value is a cal-address, a URI (RFC 5545, 3.8.4.1), which calendar programs
 *   read as an e-mail address: a person's e-mail is withheld from the public edition unless
 *   `public: true`, and a `urn:` or `http:` address has nobody behind it to reach;
 * - calendar programs treat attendees as people to schedule: Outlook opens an event with attendees
 *   as a meeting and offers to send it to them; Google Calendar drops the guests of an imported
 *   file, and its API refuses an attendee without an e-mail ("Missing attendee email"); none of
 *   them makes a `urn:` address readable. All three show DESCRIPTION as written, in both languages.
 */
import type { Lang } from '../../schemas/localized.ts';
import type { Person } from '../../schemas/person.ts';
import { isRedacted, type RedactedValue } from '../../schemas/redacted.ts';
import type { Unwrapped } from '../../core/redactable.ts';
import { personLine } from '../people/person-text.ts';

/**
 * One attendee as text: plain; shown (internal edition) with the markers the public edition
 * withholds it under; or withheld (markers only: a withheld person, or a withheld name or title).
 */
export type AttendeeText = Unwrapped<string>;

type PersonFields = Pick<Person, 'name' | 'honorific' | 'gender' | 'titles'>;

/**
 * An attendee as text. `person` is the attendee's entry in this edition (undefined for a
 * reference the public edition replaced by markers); `entryMarkers`, those the public edition
 * withholds the whole entry under (internal edition only).
 */
export function attendeeText(
  ref: RedactedValue | object,
  person: PersonFields | undefined,
  entryMarkers: readonly string[] | undefined,
  lang: Lang,
  day: string,
): AttendeeText {
  if (isRedacted(ref)) return { state: 'redacted', markers: ref.redacted };
  // Fail closed: a reference this edition cannot resolve is never written out.
  if (!person) throw new Error('A meeting names an attendee who is not in this edition.');
  const line = personLine(person, lang, day);
  const shown = new Set(entryMarkers ?? []);
  // The title in force as the edition has it (a title may be withheld on its own, as a name may).
  const title: Unwrapped<string> | undefined = typeof line.title === 'string' ? { state: 'plain', value: line.title } : line.title;
  for (const part of [line.name, title]) {
    if (part?.state === 'redacted' && !part.unrecorded) return { state: 'redacted', markers: part.markers };
    if (part && part.state !== 'plain') part.markers.forEach((id) => shown.add(id));
  }
  const name = line.name?.state === 'redacted' ? undefined : line.name?.value;
  const named = name && (line.honorific ? `${line.honorific} ${name}` : name);
  const value = [named, title?.state === 'redacted' ? undefined : title?.value].filter(Boolean).join(', ');
  return shown.size > 0 ? { state: 'shown', value, markers: [...shown] } : { state: 'plain', value };
}
