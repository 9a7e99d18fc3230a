import { describe, expect, it } from 'vitest';
import { personLine } from './person-text.ts';
import { parsePartialDate, type PartialDate } from '../../schemas/partial-date.ts';

const d = (text: string) => parsePartialDate(text) as PartialDate;
const minister = {
  name: 'Ahmed Hussen',
  honorific: { en: 'The Honourable', fr: 'L’honorable' },
  gender: 'masculine' as const,
  titles: [
    { title: { en: 'Minister of Families', fr: 'ministre de la Famille' }, from: d('2019-11'), to: d('2021-10') },
    { title: { en: 'Minister of Immigration', fr: 'ministre de l’Immigration' }, from: d('2017-01'), to: d('2019-11') },
  ],
};

describe('personLine', () => {
  it('gives the name with its honorific and the title in force on the day, in the reader’s language', () => {
    expect(personLine(minister, 'fr', '2019-09-30')).toEqual({
      name: { state: 'plain', value: 'Ahmed Hussen' },
      honorific: 'L’honorable',
      title: { state: 'plain', value: 'ministre de l’Immigration' },
    });
    expect(personLine(minister, 'en', '2020-06-01').title).toEqual({ state: 'plain', value: 'Minister of Families' });
  });
  it('drops the honorific beside a withheld name, and a position has no name', () => {
    const withheld = personLine({ ...minister, name: { redacted: ['atia-19-1'] } }, 'en', '2019-09-30');
    expect(withheld.name).toEqual({ state: 'redacted', markers: ['atia-19-1'] });
    expect(withheld.honorific).toBeUndefined();
    const position = {
      gender: 'unspecified' as const,
      titles: [{ title: { en: 'DG', fr: { feminine: 'directrice', masculine: 'directeur' } } }],
    };
    expect(personLine(position, 'fr', '2019-09-30')).toEqual({
      name: undefined,
      honorific: undefined,
      title: { state: 'plain', value: 'directrice ou directeur' },
    });
  });
  it('gives a redacted title as the edition has it: with its basis (internal), or its markers alone (public)', () => {
    const covert = { en: 'Acting Director', fr: { feminine: 'directrice par intérim', masculine: 'directeur par intérim' } };
    const titles = (title: unknown) => [{ title: title as typeof covert }];
    expect(personLine({ ...minister, titles: titles({ redact: ['atia-19-1'], value: covert }) }, 'fr', '2019-09-30').title).toEqual({
      state: 'shown',
      value: 'directeur par intérim',
      markers: ['atia-19-1'],
    });
    const inPublic = personLine({ ...minister, titles: titles({ redacted: ['atia-19-1'] }) }, 'en', '2019-09-30');
    expect(inPublic.title).toEqual({ state: 'redacted', markers: ['atia-19-1'] });
    expect(inPublic.name).toEqual({ state: 'plain', value: 'Ahmed Hussen' });
  });
});
