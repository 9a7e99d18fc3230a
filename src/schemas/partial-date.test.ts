import { describe, expect, it } from 'vitest';
import { parsePartialDate, firstDay, lastDay, type PartialDate } from './partial-date.ts';

/** Parses text that must be a date. */
function date(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
}

describe('parsePartialDate', () => {
  it('reads a day', () => {
    expect(parsePartialDate('2019-07-29')).toEqual({ precision: 'day', year: 2019, month: 7, day: 29 });
  });

  it('reads a month', () => {
    expect(parsePartialDate('2019-10')).toEqual({ precision: 'month', year: 2019, month: 10 });
  });

  it.each(['spring', 'summer', 'fall', 'winter'] as const)('reads the season %s', (season) => {
    expect(parsePartialDate(`2020-${season}`)).toEqual({ precision: 'season', year: 2020, season });
  });

  it('reads autumn as fall', () => {
    expect(parsePartialDate('2020-autumn')).toEqual({ precision: 'season', year: 2020, season: 'fall' });
  });

  it('reads a year', () => {
    expect(parsePartialDate('2020')).toEqual({ precision: 'year', year: 2020 });
  });

  it('ignores spaces around the date', () => {
    expect(parsePartialDate(' 2020-03 ')).toEqual({ precision: 'month', year: 2020, month: 3 });
  });

  it('accepts February 29 in a leap year', () => {
    expect(parsePartialDate('2020-02-29')).toEqual({ precision: 'day', year: 2020, month: 2, day: 29 });
    expect(parsePartialDate('2000-02-29')).toEqual({ precision: 'day', year: 2000, month: 2, day: 29 });
  });

  it('rejects February 29 outside a leap year', () => {
    expect(parsePartialDate('2019-02-29')).toEqual({ error: '"2019-02-29" is not a real day: 2019-02 has 28 days' });
    expect(parsePartialDate('2100-02-29')).toEqual({ error: '"2100-02-29" is not a real day: 2100-02 has 28 days' });
  });

  it('rejects the 31st of a 30-day month and day zero', () => {
    expect(parsePartialDate('2019-04-31')).toEqual({ error: '"2019-04-31" is not a real day: 2019-04 has 30 days' });
    expect(parsePartialDate('2019-04-00')).toEqual({ error: '"2019-04-00" is not a real day: 2019-04 has 30 days' });
  });

  it('rejects month 0 and month 13', () => {
    expect(parsePartialDate('2019-00')).toEqual({ error: '"2019-00" has no month 00' });
    expect(parsePartialDate('2019-13-01')).toEqual({ error: '"2019-13-01" has no month 13' });
  });

  it.each(['July 2019', '2019/07/29', '2019-7-29', '19-07-29', '2020-Fall', '2020-fall-01', ''])(
    'rejects %j with the formats it accepts',
    (text) => {
      expect(parsePartialDate(text)).toEqual({ error: `"${text}" is not a date: write YYYY-MM-DD, YYYY-MM, YYYY-fall or YYYY` });
    },
  );
});

describe('firstDay and lastDay', () => {
  it('are the same day for a day', () => {
    expect(firstDay(date('2019-07-29'))).toBe('2019-07-29');
    expect(lastDay(date('2019-07-29'))).toBe('2019-07-29');
  });

  it('span a month, however long it is', () => {
    expect([firstDay(date('2019-10')), lastDay(date('2019-10'))]).toEqual(['2019-10-01', '2019-10-31']);
    expect(lastDay(date('2019-04'))).toBe('2019-04-30');
  });

  it('end February on the 29th in a leap year only', () => {
    expect(lastDay(date('2020-02'))).toBe('2020-02-29');
    expect(lastDay(date('2019-02'))).toBe('2019-02-28');
  });

  it('span a year', () => {
    expect([firstDay(date('2020')), lastDay(date('2020'))]).toEqual(['2020-01-01', '2020-12-31']);
  });

  it('put winter 2020 in January to March 2020, not December', () => {
    expect([firstDay(date('2020-winter')), lastDay(date('2020-winter'))]).toEqual(['2020-01-01', '2020-03-31']);
  });

  it('put spring 2020 in April to June', () => {
    expect([firstDay(date('2020-spring')), lastDay(date('2020-spring'))]).toEqual(['2020-04-01', '2020-06-30']);
  });

  it('put summer 2020 in July and August, so that seasons never overlap', () => {
    expect([firstDay(date('2020-summer')), lastDay(date('2020-summer'))]).toEqual(['2020-07-01', '2020-08-31']);
    expect(lastDay(date('2020-summer')) < firstDay(date('2020-fall'))).toBe(true);
  });

  it('put fall 2020 in September to December 2020', () => {
    expect([firstDay(date('2020-fall')), lastDay(date('2020-fall'))]).toEqual(['2020-09-01', '2020-12-31']);
  });

  it('pad months and days to two digits', () => {
    expect(firstDay({ precision: 'day', year: 2019, month: 1, day: 5 })).toBe('2019-01-05');
  });
});
