import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { buildIcs } from './ics.ts';
import { isDayPrecise, type IcsOptions } from './calendar-events.ts';
import { day, forum, meeting } from './test-meetings.ts';
import type { DatedMeeting } from './meetings.ts';

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
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
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

describe('buildIcs', () => {
  const meetings = forum([
    meeting('One-day meeting', day('2019-10-10'), undefined, {
      location: { en: 'Geneva, Switzerland', fr: 'Genève (Suisse)' },
      theme: { en: 'Returns', fr: 'Retours' },
    }),
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
    const { events } = parse(
      buildIcs(meetings, options({ lang: 'fr', entryOf: (m) => ({ name: `Forum ${m.id}`, path: `/fr/forums/${m.id}/` }) })),
    );
    expect(events[0]).toMatchObject({
      summary: 'One-day meeting (fr)',
      location: 'Genève (Suisse)',
      description: 'Forum igc\nThème\u00a0: Retours\nhttps://example.gc.ca/fr/forums/igc/',
    });
  });

  it('leaves a meeting with any withheld text out of the public file, and flags it in the internal one', () => {
    const internal = forum([
      meeting('Shown location', day('2019-10-20'), undefined, {
        location: { redact: ['atia-15-1'], value: { en: 'Ottawa', fr: 'Ottawa' } },
      }),
    ]);
    expect(parse(buildIcs(internal, options())).events).toEqual([]);
    expect(parse(buildIcs(internal, options({ edition: 'internal' }))).events[0]).toMatchObject({
      summary: '[Withheld from the public edition] Shown location',
      location: 'Ottawa',
    });
    expect(parse(buildIcs(internal, options({ edition: 'internal', lang: 'fr' }))).events[0]?.summary).toBe(
      '[Soustrait à l’édition publique] Shown location (fr)',
    );
  });

  it('flags the meetings of an entry withheld as a whole in the internal file', () => {
    const list = forum([meeting('Secret forum meeting', day('2019-10-20'))]);
    const entryOf = (m: DatedMeeting) => ({ name: 'Withheld forum', path: `/en/forums/${m.id}/`, withheldMarkers: ['atia-15-1'] });
    expect(parse(buildIcs(list, options({ edition: 'internal', entryOf }))).events[0]?.summary).toBe(
      '[Withheld from the public edition] Secret forum meeting',
    );
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

describe('isDayPrecise', () => {
  it('is true only when both ends are days', () => {
    expect(isDayPrecise({ start: day('2019-10-10'), end: undefined })).toBe(true);
    expect(isDayPrecise({ start: day('2019-10-10'), end: { precision: 'month', year: 2019, month: 11 } })).toBe(false);
    expect(isDayPrecise({ start: { precision: 'year', year: 2020 }, end: undefined })).toBe(false);
  });
});
