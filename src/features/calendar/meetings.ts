/**
 * Every dated meeting in the binder, from forums, organisations and notes, in date order, split
 * into upcoming and past relative to the binder's as-of date. A meeting the public edition
 * withholds as a whole has no date left to sort by, so it is left out of these lists.
 */
import type { Meeting } from '../../schemas/meeting.ts';
import type { Redactable } from '../../schemas/redactable.ts';
import type { EntryCollection } from '../../schemas/reference.ts';
import { unwrap } from '../../core/redactable.ts';
import { firstDay, lastDay } from '../../schemas/partial-date.ts';
import type { Store } from '../../site/store.ts';

export interface DatedMeeting {
  collection: EntryCollection;
  id: string;
  index: number;
  meeting: Meeting;
  /** Markers when the internal edition shows a meeting that the public edition withholds. */
  shownMarkers?: string[];
  start: string;
  end: string;
}

export function collectMeetings(sources: { collection: EntryCollection; id: string; meetings: Redactable<Meeting>[] }[]): DatedMeeting[] {
  const out: DatedMeeting[] = [];
  for (const source of sources) {
    source.meetings.forEach((item, index) => {
      const u = unwrap(item);
      if (u.state === 'redacted') return;
      const meeting = u.value;
      out.push({
        collection: source.collection,
        id: source.id,
        index,
        meeting,
        ...(u.state === 'shown' ? { shownMarkers: u.markers } : {}),
        start: firstDay(meeting.date.start),
        end: lastDay(meeting.date.end ?? meeting.date.start),
      });
    });
  }
  return out.sort(
    (a, b) =>
      a.start.localeCompare(b.start) ||
      a.end.localeCompare(b.end) ||
      `${a.collection}/${a.id}`.localeCompare(`${b.collection}/${b.id}`) ||
      a.index - b.index,
  );
}

/** Meetings that end on or after the as-of day are upcoming (a meeting in progress counts). */
export function splitByAsOf(meetings: DatedMeeting[], asOf: string) {
  return {
    upcoming: meetings.filter((m) => m.end >= asOf),
    past: meetings.filter((m) => m.end < asOf).reverse(),
  };
}

const meetingsCache = new WeakMap<Store, DatedMeeting[]>();
/** Every dated meeting of this build's binder, collected once. */
export function meetingsOf(store: Store): DatedMeeting[] {
  let meetings = meetingsCache.get(store);
  if (!meetings) {
    const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    meetingsCache.set(
      store,
      (meetings = collectMeetings([
        ...store.forums.map((f) => ({ collection: 'forums' as const, id: f.id, meetings: f.data.meetings })),
        ...store.stakeholders.map((o) => ({ collection: 'stakeholders' as const, id: o.id, meetings: o.data.meetings })),
        ...byId(store.notes).map((n) => ({ collection: 'notes' as const, id: n.id, meetings: n.data.meetings })),
      ])),
    );
  }
  return meetings;
}
