import { describe, expect, it } from 'vitest';
import { calendarSections, formatMonth, groupByMonth, splitEntryMeetings } from './month-groups.ts';
import { day, forum, meeting, titleOf } from './test-meetings.ts';
import { plainText } from '../../core/redactable.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import type { Redactable } from '../../schemas/redactable.ts';

describe('groupByMonth', () => {
  const meetings = forum([
    meeting('RCM plenary', day('2019-11-06')),
    meeting('IOM Council', day('2019-10-29'), day('2019-11-01')),
    meeting('M5 retreat', day('2019-10-03')),
    meeting('GFMD summit', { precision: 'season', year: 2020, season: 'fall' }),
    meeting('IGC full round', { precision: 'month', year: 2019, month: 11 }),
    meeting('Annual review', { precision: 'year', year: 2021 }),
  ]);

  it('groups meetings by the month of their first day, in the order given', () => {
    expect(groupByMonth(meetings).map((g) => [g.month, g.meetings.map(titleOf)])).toEqual([
      ['2019-10', ['M5 retreat', 'IOM Council']],
      ['2019-11', ['IGC full round', 'RCM plenary']],
      ['2020', ['GFMD summit']],
      ['2021', ['Annual review']],
    ]);
  });

  it('puts a season or a year in a group of its own, after the months of its year, never under a month', () => {
    const year2020 = forum([
      meeting('January talks', day('2020-01-15')),
      meeting('Winter retreat', { precision: 'season', year: 2020, season: 'winter' }),
      meeting('Spring plenary', { precision: 'season', year: 2020, season: 'spring' }),
      meeting('October summit', day('2020-10-01')),
      meeting('Next year', day('2021-02-01')),
    ]);
    expect(groupByMonth(year2020).map((g) => [g.month, g.meetings.map(titleOf)])).toEqual([
      ['2020-01', ['January talks']],
      ['2020-10', ['October summit']],
      ['2020', ['Winter retreat', 'Spring plenary']],
      ['2021-02', ['Next year']],
    ]);
    const fall = groupByMonth(meetings).find((g) => g.month === '2020')!.meetings[0]!;
    expect(fall.meeting.date.start).toEqual({ precision: 'season', year: 2020, season: 'fall' });
  });

  it('names a year’s own group in each language', () => {
    expect(formatMonth('2020', 'en')).toBe('2020: by season or year');
    expect(formatMonth('2020', 'fr')).toBe('2020\u00a0: par saison ou par année');
  });

  it('names the month in each language', () => {
    expect(formatMonth('2019-10', 'en')).toBe('October 2019');
    expect(formatMonth('2019-10', 'fr')).toBe('octobre 2019');
  });
});

describe('calendarSections', () => {
  const meetings = forum([
    meeting('Long past', day('2019-08-10')),
    meeting('Recently past', day('2019-09-28')),
    meeting('Ends on the as-of day', day('2019-09-27'), day('2019-09-30')),
    meeting('Next month', day('2019-10-10')),
  ]);
  const { upcoming, past } = calendarSections(meetings, '2019-09-30');

  it('counts a meeting ending on the as-of day as upcoming', () => {
    expect(upcoming.map((g) => [g.month, g.meetings.map(titleOf)])).toEqual([
      ['2019-09', ['Ends on the as-of day']],
      ['2019-10', ['Next month']],
    ]);
  });

  it('lists past months and meetings most recent first', () => {
    expect(past.map((g) => [g.month, g.meetings.map(titleOf)])).toEqual([
      ['2019-09', ['Recently past']],
      ['2019-08', ['Long past']],
    ]);
  });
});

describe('splitEntryMeetings', () => {
  it('splits an entry’s meetings and keeps those withheld as a whole apart, undated', () => {
    const items: Redactable<Meeting>[] = [
      meeting('Past', day('2019-01-10')),
      { redacted: ['atia-15-1'] },
      meeting('Upcoming', day('2019-12-01')),
      meeting('Today', day('2019-09-30')),
      meeting('Earlier past', day('2018-05-01')),
    ];
    const { upcoming, past, withheld } = splitEntryMeetings(items, '2019-09-30');
    const titles = (list: Redactable<Meeting>[]) => list.map((m) => ('title' in m ? plainText(m.title, 'en') : 'withheld'));
    expect([titles(upcoming), titles(past), withheld]).toEqual([
      ['Today', 'Upcoming'],
      ['Past', 'Earlier past'],
      [{ redacted: ['atia-15-1'] }],
    ]);
  });
});
