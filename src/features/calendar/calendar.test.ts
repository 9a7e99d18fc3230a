import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import {
  buildIcs,
  calendarSections,
  disclosureOf,
  foldOctets,
  formatMonth,
  groupByMonth,
  icsText,
  isDayPrecise,
  meetingUid,
  splitEntryMeetings,
  type IcsOptions,
} from './calendar.ts';
import { collectMeetings, type DatedMeeting } from './meetings.ts';
import { plainText } from '../../core/redactable.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import type { Redactable } from '../../schemas/redactable.ts';
import type { PartialDate } from '../../schemas/partial-date.ts';

const day = (iso: string): PartialDate => {
  const [year, month, d] = iso.split('-').map(Number) as [number, number, number];
  return { precision: 'day', year, month, day: d };
};
const meeting = (title: string, start: PartialDate, end?: PartialDate, more: Partial<Meeting> = {}): Meeting => ({
  title: { en: title, fr: `${title} (fr)` },
  date: { start, end },
  ...more,
});
const titleOf = (m: DatedMeeting) => plainText(m.meeting.title, 'en');
const forum = (meetings: Redactable<Meeting>[], id = 'igc') => collectMeetings([{ collection: 'forums', id, meetings }]);

const options = (over: Partial<IcsOptions> = {}): IcsOptions => ({
  lang: 'en',
  edition: 'public',
  asOf: '2019-09-30',
  binderTitle: 'Transition binder',
  site: 'https://example.gc.ca',
  entryOf: (m) => ({ name: `Forum ${m.id}`, path: `/binder/en/forums/${m.id}/` }),
  ...over,
});

/** The events of a calendar file, read back by an independent parser. */
function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        summary: event.summary,
        start: event.startDate.toString(),
        end: event.endDate.toString(),
        allDay: event.startDate.isDate && event.endDate.isDate,
        location: event.location,
        description: event.description,
        url: vevent.getFirstPropertyValue('url'),
        stamp: String(vevent.getFirstPropertyValue('dtstamp')),
      };
    }),
  };
}

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
      ['2020-09', ['GFMD summit']],
      ['2021-01', ['Annual review']],
    ]);
  });

  it('keeps a season and a year as written, under the month they begin', () => {
    const fall = groupByMonth(meetings).find((g) => g.month === '2020-09')!.meetings[0]!;
    expect(fall.meeting.date.start).toEqual({ precision: 'season', year: 2020, season: 'fall' });
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
    expect([titles(upcoming), titles(past), withheld]).toEqual([['Today', 'Upcoming'], ['Past', 'Earlier past'], [{ redacted: ['atia-15-1'] }]]);
  });
});

describe('meetingUid', () => {
  it('is derived from the entry, the first day and the title, not from the position', () => {
    const before = forum([meeting('IGC plenary', day('2019-10-10')), meeting('IGC retreat', day('2019-12-01'))]);
    const after = forum([meeting('Inserted workshop', day('2019-09-01')), meeting('IGC plenary', day('2019-10-10')), meeting('IGC retreat', day('2019-12-01'))]);
    const uids = (list: DatedMeeting[]) => new Map(list.map((m) => [titleOf(m), meetingUid(m)]));
    expect(uids(after).get('IGC plenary')).toBe(uids(before).get('IGC plenary'));
    expect(uids(after).get('IGC retreat')).toBe(uids(before).get('IGC retreat'));
    expect(uids(before).get('IGC plenary')).toMatch(/^forums-igc-20191010-[0-9a-f]{10}@binder$/);
  });

  it('differs between meetings of the same entry on the same day', () => {
    const [a, b] = forum([meeting('Plenary', day('2019-10-10')), meeting('Side event', day('2019-10-10'))]);
    expect(meetingUid(a!)).not.toBe(meetingUid(b!));
  });
});

describe('disclosureOf', () => {
  it('sees a redacted field, a field shown with its basis, and literal markers', () => {
    const [redacted, shown, literal, plain] = forum([
      meeting('A', day('2019-10-01'), undefined, { location: { redacted: ['atia-15-1'] } }),
      meeting('B', day('2019-10-02'), undefined, { theme: { redact: ['atia-21-1-a'], value: { en: 'x', fr: 'x' } } }),
      meeting('C with [REDACTED]', day('2019-10-03')),
      meeting('D', day('2019-10-04')),
    ]);
    expect(disclosureOf(redacted!)).toEqual({ state: 'redacted', markers: ['atia-15-1'] });
    expect(disclosureOf(shown!)).toEqual({ state: 'shown', markers: ['atia-21-1-a'] });
    expect(disclosureOf(literal!)).toEqual({ state: 'redacted', markers: ['unspecified'] });
    expect(disclosureOf(plain!)).toEqual({ state: 'plain' });
    expect(disclosureOf(plain!, ['atia-15-1'])).toEqual({ state: 'shown', markers: ['atia-15-1'] });
  });
});

describe('buildIcs', () => {
  const meetings = forum([
    meeting('One-day meeting', day('2019-10-10'), undefined, { location: { en: 'Geneva, Switzerland', fr: 'Genève (Suisse)' }, theme: { en: 'Returns', fr: 'Retours' } }),
    meeting('Two-day plenary', day('2019-12-30'), day('2019-12-31')),
    meeting('Month only', { precision: 'month', year: 2019, month: 11 }),
    meeting('Fall only', { precision: 'season', year: 2020, season: 'fall' }),
    meeting('Location withheld', day('2019-10-20'), undefined, { location: { redacted: ['atia-15-1'] } }),
  ]);

  it('writes one all-day event per day-precise meeting, with its location and a link back', () => {
    const { calendar, events } = parse(buildIcs(meetings, options()));
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/^-\/\/Binder\/\//);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(events.map((e) => e.summary)).toEqual(['One-day meeting', 'Two-day plenary']);
    expect(events[0]).toMatchObject({
      start: '2019-10-10',
      end: '2019-10-11',
      allDay: true,
      location: 'Geneva, Switzerland',
      url: 'https://example.gc.ca/binder/en/forums/igc/',
      description: 'Forum igc\nTheme: Returns\nhttps://example.gc.ca/binder/en/forums/igc/',
      stamp: '2019-09-30T00:00:00Z',
    });
    // DTEND is exclusive: a meeting on December 30 and 31 ends on January 1.
    expect(events[1]).toMatchObject({ start: '2019-12-30', end: '2020-01-01', allDay: true });
  });

  it('writes the French calendar in French', () => {
    const { events } = parse(buildIcs(meetings, options({ lang: 'fr', entryOf: (m) => ({ name: `Forum ${m.id}`, path: `/fr/forums/${m.id}/` }) })));
    expect(events[0]).toMatchObject({ summary: 'One-day meeting (fr)', location: 'Genève (Suisse)', description: 'Forum igc\nThème\u00a0: Retours\nhttps://example.gc.ca/fr/forums/igc/' });
  });

  it('leaves a meeting with any withheld text out of the public file, and flags it in the internal one', () => {
    const internal = forum([meeting('Shown location', day('2019-10-20'), undefined, { location: { redact: ['atia-15-1'], value: { en: 'Ottawa', fr: 'Ottawa' } } })]);
    expect(parse(buildIcs(internal, options())).events).toEqual([]);
    expect(parse(buildIcs(internal, options({ edition: 'internal' }))).events[0]).toMatchObject({
      summary: '[Withheld from the public edition] Shown location',
      location: 'Ottawa',
    });
    expect(parse(buildIcs(internal, options({ edition: 'internal', lang: 'fr' }))).events[0]?.summary).toBe('[Soustrait à l’édition publique] Shown location (fr)');
  });

  it('flags the meetings of an entry withheld as a whole in the internal file', () => {
    const list = forum([meeting('Secret forum meeting', day('2019-10-20'))]);
    const entryOf = (m: DatedMeeting) => ({ name: 'Withheld forum', path: `/en/forums/${m.id}/`, withheldMarkers: ['atia-15-1'] });
    expect(parse(buildIcs(list, options({ edition: 'internal', entryOf }))).events[0]?.summary).toBe('[Withheld from the public edition] Secret forum meeting');
    expect(parse(buildIcs(list, options({ entryOf }))).events).toEqual([]);
  });

  it('gives the path in the description, and no URL, when the binder has no site', () => {
    const { events } = parse(buildIcs(meetings, options({ site: undefined })));
    expect(events[0]?.url).toBeNull();
    expect(events[0]?.description).toBe('Forum igc\nTheme: Returns\n/binder/en/forums/igc/');
  });

  it('is deterministic: the same meetings give the same bytes, whatever the clock', () => {
    const first = buildIcs(meetings, options());
    const second = buildIcs(forum([...meetings].reverse().map((m) => m.meeting)), options());
    expect(second).toBe(first);
    expect(first).not.toContain(new Date().toISOString().slice(0, 10).replaceAll('-', ''));
  });

  it('keeps UIDs of the other events when a meeting is inserted', () => {
    const uids = (ics: string) => parse(ics).events.map((e) => e.uid);
    const before = uids(buildIcs(meetings, options()));
    const after = uids(buildIcs(forum([meeting('Inserted', day('2019-10-01')), ...meetings.map((m) => m.meeting)]), options()));
    expect(after).toEqual([expect.stringMatching(/^forums-igc-20191001-/), ...before]);
  });

  it('folds long lines at 75 octets without splitting a character (RFC 5545, 3.1)', () => {
    const long = forum([meeting('Réunion', day('2019-10-10'), undefined, { location: { en: 'é'.repeat(100), fr: 'é'.repeat(100) } })]);
    const ics = buildIcs(long, options());
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(parse(ics).events[0]?.location).toBe('é'.repeat(100));
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});

describe('foldOctets', () => {
  it('unfolds the lines it is given before folding them again', () => {
    expect(foldOctets('A:1\r\n\t2\r\nB:3\r\n')).toBe('A:12\r\nB:3\r\n');
  });
});

describe('icsText', () => {
  it('escapes backslashes, semicolons, commas and newlines (RFC 5545, 3.3.11), and reads back through ical.js', () => {
    const text = 'Ottawa, ON; room 2\\B\nsecond line\r\nthird';
    expect(icsText(text)).toBe('Ottawa\\, ON\\; room 2\\\\B\\nsecond line\\nthird');
    const parsed = ICAL.parse(`BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:${icsText(text)}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`);
    const event = new ICAL.Component(parsed).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('summary')).toBe('Ottawa, ON; room 2\\B\nsecond line\nthird');
  });
});

describe('isDayPrecise', () => {
  it('is true only when both ends are days', () => {
    expect(isDayPrecise({ start: day('2019-10-10'), end: undefined })).toBe(true);
    expect(isDayPrecise({ start: day('2019-10-10'), end: { precision: 'month', year: 2019, month: 11 } })).toBe(false);
    expect(isDayPrecise({ start: { precision: 'year', year: 2020 }, end: undefined })).toBe(false);
  });
});
