/** Meetings for the calendar's unit tests: written as an editor would, then collected as the store does. */
import { collectMeetings, type DatedMeeting } from './meetings.ts';
import { plainText } from '../../core/redactable.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import type { Redactable } from '../../schemas/redactable.ts';
import type { PartialDate } from '../../schemas/partial-date.ts';

export const day = (iso: string): PartialDate => {
  const [year, month, d] = iso.split('-').map(Number) as [number, number, number];
  return { precision: 'day', year, month, day: d };
};
export const meeting = (title: string, start: PartialDate, end?: PartialDate, more: Partial<Meeting> = {}): Meeting => ({
  title: { en: title, fr: `${title} (fr)` },
  date: { start, end },
  ...more,
});
export const titleOf = (m: DatedMeeting) => plainText(m.meeting.title, 'en');
/** The meetings of one forum, as the store collects them. */
export const forum = (meetings: Redactable<Meeting>[], id = 'igc') => collectMeetings([{ collection: 'forums', id, meetings }]);
