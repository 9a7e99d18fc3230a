import { describe, expect, it } from 'vitest';
import { collectMeetings, splitByAsOf, type DatedMeeting } from './meetings.ts';
import { plainText } from '../../core/redactable.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import type { PartialDate } from '../../schemas/partial-date.ts';

const day = (iso: string): PartialDate => {
  const [year, month, d] = iso.split('-').map(Number) as [number, number, number];
  return { precision: 'day', year, month, day: d };
};
const titleOf = (m: DatedMeeting) => plainText(m.meeting.title, 'en');
const meeting = (title: string, start: PartialDate, end?: PartialDate): Meeting => ({
  title: { en: title, fr: title },
  date: { start, end },
});

describe('collectMeetings', () => {
  it('gathers meetings from every source in date order', () => {
    const meetings = collectMeetings([
      { collection: 'forums', id: 'rcm', meetings: [meeting('RCM plenary', day('2019-11-06')), meeting('RCM retreat', day('2019-03-01'))] },
      { collection: 'stakeholders', id: 'iom', meetings: [meeting('IOM Council', day('2019-07-29'), day('2019-07-30'))] },
      { collection: 'notes', id: 'g7', meetings: [] },
    ]);
    expect(meetings.map((m) => [m.meeting.title, m.collection, m.id, m.index, m.start, m.end])).toEqual([
      [{ en: 'RCM retreat', fr: 'RCM retreat' }, 'forums', 'rcm', 1, '2019-03-01', '2019-03-01'],
      [{ en: 'IOM Council', fr: 'IOM Council' }, 'stakeholders', 'iom', 0, '2019-07-29', '2019-07-30'],
      [{ en: 'RCM plenary', fr: 'RCM plenary' }, 'forums', 'rcm', 0, '2019-11-06', '2019-11-06'],
    ]);
  });

  it('spans partial dates from their first to their last day', () => {
    const [meetingInFall] = collectMeetings([
      { collection: 'forums', id: 'gfmd', meetings: [meeting('GFMD summit', { precision: 'season', year: 2020, season: 'fall' })] },
    ]);
    expect([meetingInFall?.start, meetingInFall?.end]).toEqual(['2020-09-01', '2020-12-31']);
  });

  it('puts the shorter of two meetings that start together first, then orders by source', () => {
    const meetings = collectMeetings([
      { collection: 'stakeholders', id: 'unhcr', meetings: [meeting('B', day('2019-12-17'))] },
      { collection: 'forums', id: 'grf', meetings: [meeting('C', day('2019-12-17'), day('2019-12-18')), meeting('A', day('2019-12-17'))] },
    ]);
    expect(meetings.map(titleOf)).toEqual(['A', 'B', 'C']);
  });

  it('leaves out a meeting the public edition withheld as a whole', () => {
    const meetings = collectMeetings([
      { collection: 'forums', id: 'm5', meetings: [{ redacted: ['atia-15-1'] }, meeting('M5 ministerial', day('2019-10-01'))] },
    ]);
    expect(meetings.map((m) => [titleOf(m), m.index])).toEqual([['M5 ministerial', 1]]);
  });

  it('keeps the markers of a withheld meeting the internal edition shows', () => {
    const meetings = collectMeetings([
      {
        collection: 'forums',
        id: 'm5',
        meetings: [
          { redact: ['atia-15-1', 'atia-21-1-a'], value: meeting('M5 retreat', day('2019-10-01')) },
          meeting('M5 ministerial', day('2019-11-01')),
        ],
      },
    ]);
    expect(meetings[0]).toMatchObject({ shownMarkers: ['atia-15-1', 'atia-21-1-a'], meeting: { title: { en: 'M5 retreat' } } });
    expect(meetings[1]).not.toHaveProperty('shownMarkers');
  });
});

describe('splitByAsOf', () => {
  const meetings = collectMeetings([
    {
      collection: 'forums',
      id: 'igc',
      meetings: [
        meeting('Long past', day('2019-01-10')),
        meeting('Recently past', day('2019-07-28')),
        meeting('In progress', day('2019-07-27'), day('2019-07-30')),
        meeting('Ends today', day('2019-07-25'), day('2019-07-29')),
        meeting('Today', day('2019-07-29')),
        meeting('Later', { precision: 'month', year: 2019, month: 9 }),
      ],
    },
  ]);
  const { upcoming, past } = splitByAsOf(meetings, '2019-07-29');

  it('counts a meeting ending on the as-of day, or still in progress, as upcoming', () => {
    expect(upcoming.map(titleOf)).toEqual(['Ends today', 'In progress', 'Today', 'Later']);
  });

  it('lists past meetings most recent first', () => {
    expect(past.map(titleOf)).toEqual(['Recently past', 'Long past']);
  });

  it('counts a month that has begun as upcoming until its last day', () => {
    const [september] = collectMeetings([
      { collection: 'forums', id: 'igc', meetings: [meeting('September', { precision: 'month', year: 2019, month: 9 })] },
    ]);
    expect(splitByAsOf([september!], '2019-09-30').upcoming).toHaveLength(1);
    expect(splitByAsOf([september!], '2019-10-01').past).toHaveLength(1);
  });
});
