import { describe, expect, it } from 'vitest';
import { parsePartialDate, type PartialDate } from '../schemas/partial-date.ts';
import { monthsBetween, writtenDate } from './statistics-age.ts';

const d = (text: string) => parsePartialDate(text) as PartialDate;

describe('the age of a statistic', () => {
  it('counts from the end of its period to the binder’s date', () => {
    expect(monthsBetween(d('2016'), d('2019-09-30'))).toBe(33);
    expect(monthsBetween(d('2017-09'), d('2019-09-30'))).toBe(24);
    expect(monthsBetween(d('2018-fall'), d('2019-09-30'))).toBe(9);
    expect(monthsBetween(d('2019-09-01'), d('2019-09-30'))).toBe(0);
  });

  it('is never negative for a period after the binder’s date', () => {
    expect(monthsBetween(d('2023'), d('2019-09-30'))).toBe(0);
  });

  it('writes the period as the editor writes it', () => {
    for (const text of ['2016', '2023-06', '2020-fall', '2019-09-30']) expect(writtenDate(d(text))).toBe(text);
  });
});
