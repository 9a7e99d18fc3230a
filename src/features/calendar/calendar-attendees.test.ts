import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { attendeeText } from './calendar-attendees.ts';
import { buildIcs } from './ics.ts';
import { disclosureOf } from './disclosure.ts';
import type { IcsOptions } from './calendar-events.ts';
import type { AttendeeText } from './calendar-attendees.ts';
import { day, forum, meeting } from './test-meetings.ts';

const minister = {
  name: 'Ahmed Hussen',
  honorific: { en: 'The Honourable', fr: 'L’honorable' },
  gender: 'masculine' as const,
  titles: [{ title: { en: 'Minister of Immigration, Refugees and Citizenship', fr: 'ministre de l’Immigration' } }],
};
const position = {
  gender: 'feminine' as const,
  titles: [{ title: { en: 'Director General', fr: { feminine: 'directrice générale', masculine: 'directeur général' } } }],
};
const ref = { collection: 'people', id: 'x' };

describe('attendeeText', () => {
  it('names a person with honorific and title in force, and a position by its title, per language', () => {
    expect(attendeeText(ref, minister, undefined, 'en', '2019-09-30')).toEqual({
      state: 'plain',
      value: 'The Honourable Ahmed Hussen, Minister of Immigration, Refugees and Citizenship',
    });
    expect(attendeeText(ref, minister, undefined, 'fr', '2019-09-30')).toEqual({
      state: 'plain',
      value: 'L’honorable Ahmed Hussen, ministre de l’Immigration',
    });
    expect(attendeeText(ref, position, undefined, 'fr', '2019-09-30')).toEqual({ state: 'plain', value: 'directrice générale' });
  });

  it('withholds a person the public edition replaced by markers, and one whose name it withholds', () => {
    expect(attendeeText({ redacted: ['atia-19-1'] }, undefined, undefined, 'en', '2019-09-30')).toEqual({
      state: 'redacted',
      markers: ['atia-19-1'],
    });
    const redactedName = { ...minister, name: { redacted: ['atia-19-1'] } };
    expect(attendeeText(ref, redactedName, undefined, 'en', '2019-09-30')).toEqual({ state: 'redacted', markers: ['atia-19-1'] });
    expect(() => attendeeText(ref, undefined, undefined, 'en', '2019-09-30')).toThrow(/not in this edition/);
  });

  it('shows, with their markers, a withheld name or a withheld person in the internal edition', () => {
    const shownName = { ...minister, name: { redact: ['atia-19-1'], value: 'Jane Secret' } };
    expect(attendeeText(ref, shownName, undefined, 'en', '2019-09-30')).toEqual({
      state: 'shown',
      value: 'The Honourable Jane Secret, Minister of Immigration, Refugees and Citizenship',
      markers: ['atia-19-1'],
    });
    expect(attendeeText(ref, position, ['atia-15-1'], 'en', '2019-09-30')).toEqual({
      state: 'shown',
      value: 'Director General',
      markers: ['atia-15-1'],
    });
  });
});

describe('attendees in the calendar file', () => {
  const [m] = forum([meeting('Ministerial', day('2019-10-10'))]);
  const options = (attendees: AttendeeText[], over: Partial<IcsOptions> = {}): IcsOptions => ({
    lang: 'en',
    edition: 'public',
    asOf: '2019-09-30',
    binderTitle: 'Binder',
    site: 'https://example.gc.ca',
    entryOf: () => ({ name: 'Forum', path: '/en/forums/igc/', attendees }),
    ...over,
  });
  const descriptions = (ics: string) =>
    new ICAL.Component(ICAL.parse(ics) as unknown[])
      .getAllSubcomponents('vevent')
      .map((v) => String(v.getFirstPropertyValue('description')));

  it('writes an "Attending" line in the description, escaped and folded, and no ATTENDEE property', () => {
    const people: AttendeeText[] = [
      { state: 'plain', value: 'The Honourable Ahmed Hussen, Minister; of Immigration' },
      { state: 'plain', value: 'Director General' },
    ];
    const ics = buildIcs([m!], options(people));
    expect(descriptions(ics)).toEqual([
      'Forum\nAttending: The Honourable Ahmed Hussen, Minister; of Immigration; Director General\nhttps://example.gc.ca/en/forums/igc/',
    ]);
    expect(ics).toContain('Ahmed Hussen\\, Minister\\; of');
    expect(ics).not.toMatch(/^ATTENDEE/m);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(descriptions(buildIcs([m!], options(people.slice(1), { lang: 'fr' })))[0]).toContain('Participants\u00a0: Director General');
  });

  it('leaves a meeting with a withheld attendee out of the public file, and flags it in the internal one', () => {
    expect(
      descriptions(
        buildIcs(
          [m!],
          options([
            { state: 'plain', value: 'Director General' },
            { state: 'redacted', markers: ['atia-19-1'] },
          ]),
        ),
      ),
    ).toEqual([]);
    const shown: AttendeeText[] = [{ state: 'shown', value: 'Jane Secret, Director', markers: ['atia-19-1'] }];
    const ics = buildIcs([m!], options(shown, { edition: 'internal' }));
    expect(ics).toContain('SUMMARY:[Withheld from the public edition] Ministerial');
    expect(descriptions(ics)[0]).toContain('Attending: Jane Secret, Director');
    expect(disclosureOf(m!, undefined, [{ state: 'plain', value: 'A [REDACTED] person' }])).toEqual({
      state: 'redacted',
      markers: ['unspecified'],
    });
  });
});

describe('a withheld title', () => {
  it('withholds the attendee in the public edition and shows it, marked, in the internal one', () => {
    const titled = (title: unknown) => ({ ...minister, titles: [{ title }] }) as unknown as typeof minister;
    expect(attendeeText(ref, titled({ redacted: ['atia-19-1'] }), undefined, 'en', '2019-09-30')).toEqual({
      state: 'redacted',
      markers: ['atia-19-1'],
    });
    expect(
      attendeeText(
        ref,
        titled({ redact: ['atia-19-1'], value: { en: 'Acting Head', fr: 'Chef par intérim' } }),
        undefined,
        'fr',
        '2019-09-30',
      ),
    ).toEqual({
      state: 'shown',
      value: 'L’honorable Ahmed Hussen, Chef par intérim',
      markers: ['atia-19-1'],
    });
  });
});
