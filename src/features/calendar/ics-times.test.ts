import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { buildIcs } from './ics.ts';
import type { IcsOptions } from './calendar-events.ts';
import { day, forum, meeting } from './test-meetings.ts';

const options = (over: Partial<IcsOptions> = {}): IcsOptions => ({
  lang: 'en',
  edition: 'public',
  asOf: '2019-01-01',
  binderTitle: 'Transition binder',
  site: 'https://example.gc.ca',
  timeZone: 'America/Toronto',
  entryOf: (m) => ({ name: `Forum ${m.id}`, path: `/en/forums/${m.id}/` }),
  ...over,
});
const window = (start: [number, number], end?: [number, number]) => ({
  start: { hour: start[0], minute: start[1] },
  ...(end ? { end: { hour: end[0], minute: end[1] } } : {}),
});

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return { summary: event.summary, start: event.startDate, end: event.endDate, description: event.description };
  });
}

describe('buildIcs: timed events', () => {
  it('writes a summer time in Ottawa as UTC−4 and a winter one as UTC−5', () => {
    const ics = buildIcs(
      forum([
        meeting('Summer', day('2019-07-29'), undefined, { time: window([15, 30], [17, 30]) }),
        meeting('Winter', day('2019-01-29'), undefined, { time: window([15, 30], [17, 30]) }),
      ]),
      options(),
    );
    expect(ics).toContain('DTSTART:20190729T193000Z\r\nDTEND:20190729T213000Z');
    expect(ics).toContain('DTSTART:20190129T203000Z\r\nDTEND:20190129T223000Z');
    const [winter, summer] = events(ics);
    expect(summer!.start.isDate).toBe(false);
    expect(summer!.start.toJSDate().toISOString()).toBe('2019-07-29T19:30:00.000Z');
    expect(winter!.end.toJSDate().toISOString()).toBe('2019-01-29T22:30:00.000Z');
    expect(summer!.description).toContain('Time: 3:30 p.m. to 5:30 p.m.');
  });

  it('reads a meeting’s own zone, and names it in the description', () => {
    const ics = buildIcs(
      forum([meeting('Geneva', day('2025-09-03'), undefined, { time: window([9, 0]), timeZone: 'Europe/Zurich' })]),
      options({ lang: 'fr' }),
    );
    expect(ics).toContain('DTSTART:20250903T070000Z');
    expect(ics).not.toContain('DTEND:2025');
    expect(events(ics)[0]!.description).toContain('Heure\u00a0: 9\u00a0h (heure de l’Europe centrale)');
  });

  it('keeps meetings without a time as all-day events', () => {
    const ics = buildIcs(forum([meeting('All day', day('2019-07-29'))]), options());
    expect(ics).toContain('DTSTART;VALUE=DATE:20190729\r\nDTEND;VALUE=DATE:20190730');
  });

  it('lists the agenda, and leaves a meeting whose time or agenda item is withheld out of the public file', () => {
    const agenda = [{ en: 'Returns', fr: 'Retours' }];
    const ics = buildIcs(
      forum([
        meeting('With agenda', day('2019-07-29'), undefined, { agenda }),
        meeting('Time withheld', day('2019-07-30'), undefined, { time: { redacted: ['atia-15-1'] } }),
        meeting('Item withheld', day('2019-07-31'), undefined, { agenda: [...agenda, { redacted: ['atia-15-1'] }] }),
      ]),
      options(),
    );
    expect(events(ics).map((e) => e.summary)).toEqual(['With agenda']);
    expect(events(ics)[0]!.description).toContain('Agenda: Returns');
  });

  it('in the internal edition, shows a meeting whose agenda item is withheld and not recorded, flagged', () => {
    const ics = buildIcs(
      forum([meeting('Unrecorded', day('2019-07-29'), undefined, { agenda: [{ redact: ['atia-15-1'] }] })]),
      options({ edition: 'internal' }),
    );
    expect(events(ics).map((e) => e.summary)).toEqual(['[Withheld from the public edition] Unrecorded']);
  });
});
