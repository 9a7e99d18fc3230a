import { describe, expect, it } from 'vitest';
import { inForce, titleOn, titleText } from './person-titles.ts';
import { parsePartialDate, type PartialDate } from '../schemas/partial-date.ts';

const d = (text: string) => parsePartialDate(text) as PartialDate;
const dg = { en: 'Director General', fr: { feminine: 'directrice générale', masculine: 'directeur général' } };

describe('titleText', () => {
  it('gives the French form of the gender, both forms when unspecified, and an epicene title as written', () => {
    expect(titleText(dg, 'feminine', 'fr')).toBe('directrice générale');
    expect(titleText(dg, 'masculine', 'fr')).toBe('directeur général');
    expect(titleText(dg, 'unspecified', 'fr')).toBe('directrice générale ou directeur général');
    expect(titleText(dg, 'feminine', 'en')).toBe('Director General');
    const written = {
      en: 'DG, IIR',
      fr: {
        feminine: 'directrice générale, RII',
        masculine: 'directeur général, RII',
        unspecified: 'directrice générale ou directeur général, RII',
      },
    };
    expect(titleText(written, 'unspecified', 'fr')).toBe('directrice générale ou directeur général, RII');
    expect(titleText(written, 'masculine', 'fr')).toBe('directeur général, RII');
    expect(titleText({ en: 'Deputy Minister', fr: 'sous-ministre' }, 'masculine', 'fr')).toBe('sous-ministre');
  });
});

describe('titleOn', () => {
  const titles = [
    { id: 'adm', from: d('2019-05'), to: d('2023-06') },
    { id: 'dm', from: d('2023-07-01') },
  ];
  it('gives the title in force on a day, counting partial dates to their last day', () => {
    expect(titleOn(titles, '2020-01-01')?.id).toBe('adm');
    expect(titleOn(titles, '2023-06-30')?.id).toBe('adm');
    expect(titleOn(titles, '2023-07-01')?.id).toBe('dm');
    expect(inForce({ to: d('2023') }, '2023-12-31')).toBe(true);
  });
  it('falls back to the latest begun title, or the first written, when none is in force', () => {
    expect(titleOn([{ id: 'a', to: d('2019') }], '2024-01-01')?.id).toBe('a');
    expect(titleOn([{ id: 'later', from: d('2030') }], '2024-01-01')?.id).toBe('later');
    expect(titleOn(titles)?.id).toBe('dm');
    expect(titleOn([])).toBeUndefined();
  });
});
