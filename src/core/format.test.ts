import { describe, expect, it } from 'vitest';
import {
  formatMoney,
  formatAmount,
  formatNumber,
  formatFiscalYear,
  formatFiscalYears,
  formatPartialDate,
  formatDateRange,
  formatList,
  formatIsoDay,
  formatScaled,
} from './format.ts';
import type { Money } from '../schemas/money.ts';
import type { PartialDate } from '../schemas/partial-date.ts';

// What Intl (ICU in Node 24) puts in French numbers and ranges: a no-break space as the group
// separator and before the currency sign.
const nbsp = '\u00a0';

const money = (over: Partial<Money> = {}): Money => ({ amount: 165000, currency: 'CAD', period: 'one-time', approximate: false, ...over });
const day = (year: number, month: number, d: number): PartialDate => ({ precision: 'day', year, month, day: d });

describe('formatMoney', () => {
  it('writes a yearly amount in Canadian dollars', () => {
    expect(formatMoney(money({ period: 'per-year' }), 'en')).toBe('$165,000 per year');
    expect(formatMoney(money({ period: 'per-year' }), 'fr')).toBe(`165${nbsp}000${nbsp}$ par année`);
  });

  it('writes a one-time amount without a period', () => {
    expect(formatMoney(money(), 'en')).toBe('$165,000');
    expect(formatMoney(money(), 'fr')).toBe(`165${nbsp}000${nbsp}$`);
  });

  it('labels US dollars so they are never read as Canadian', () => {
    expect(formatMoney(money({ amount: 25000, currency: 'USD' }), 'en')).toBe('US$25,000');
    expect(formatMoney(money({ amount: 25000, currency: 'USD' }), 'fr')).toBe(`25${nbsp}000${nbsp}$${nbsp}US`);
  });

  it('says when an amount is approximate', () => {
    expect(formatMoney(money({ amount: 300000, period: 'per-year', approximate: true }), 'en')).toBe('approximately $300,000 per year');
    expect(formatMoney(money({ amount: 300000, period: 'per-year', approximate: true }), 'fr')).toBe(
      `environ 300${nbsp}000${nbsp}$ par année`,
    );
  });

  it('writes an amount over several years', () => {
    expect(formatMoney(money({ amount: 21000000, period: { years: 3 } }), 'en')).toBe('$21,000,000 over 3 years');
    expect(formatMoney(money({ amount: 21000000, period: { years: 3 } }), 'fr')).toBe(`21${nbsp}000${nbsp}000${nbsp}$ sur 3 ans`);
  });
});

describe('formatMoney at a scale, and to be determined', () => {
  it('writes billions and millions as federal publications do', () => {
    expect(formatMoney(money({ amount: 103800000000, display: 'billions' }), 'en')).toBe(`$103.8${nbsp}billion`);
    expect(formatMoney(money({ amount: 103800000000, display: 'billions' }), 'fr')).toBe(`103,8${nbsp}milliards de dollars`);
    expect(formatMoney(money({ amount: 1500000, display: 'millions', period: 'per-year' }), 'fr')).toBe(
      `1,5${nbsp}million de dollars par année`,
    );
    expect(formatMoney(money({ amount: 25000000, currency: 'USD', display: 'millions' }), 'en')).toBe(`US$25${nbsp}million`);
    expect(formatMoney(money({ amount: 25000000, currency: 'USD', display: 'millions' }), 'fr')).toBe(
      `25${nbsp}millions de dollars américains`,
    );
    expect(formatMoney(money({ amount: 3000000, currency: 'EUR', display: 'millions' }), 'fr')).toBe(`3${nbsp}millions d’euros`);
    expect(formatMoney(money({ amount: 165000, display: 'thousands', approximate: true }), 'en')).toBe(`approximately $165${nbsp}thousand`);
  });

  it('says an amount is to be determined, whatever its period', () => {
    expect(formatMoney(money({ amount: 'tbd', period: 'per-year' }), 'en')).toBe('To be determined');
    expect(formatMoney(money({ amount: 'tbd' }), 'fr')).toBe('À déterminer');
  });
});

describe('formatScaled, the one scaled formatter (amounts, statistics, the audit)', () => {
  it('writes a figure with its currency before the word in English, and the currency in words after it in French', () => {
    expect(formatScaled(103_800_000_000, 'billions', 'en', { currency: 'CAD' })).toBe(`$103.8${nbsp}billion`);
    expect(formatScaled(103_800_000_000, 'billions', 'fr', { currency: 'CAD' })).toBe(`103,8${nbsp}milliards de dollars`);
    expect(formatScaled(2_400_000, 'millions', 'fr', { currency: 'XYZ' })).toBe(`2,4${nbsp}millions (XYZ)`);
  });

  it('writes a plain number at a scale, with the decimals and space asked for', () => {
    expect(formatScaled(1_640_000, 'millions', 'en', { fractionDigits: 1, space: ' ' })).toBe('1.6 million');
    expect(formatScaled(1_640_000, 'millions', 'fr', { fractionDigits: 1, space: ' ' })).toBe('1,6 million');
    expect(formatScaled(1_645_000, 'millions', 'en')).toBe(`1.65${nbsp}million`);
  });

  it('keeps the scale asked for, whatever the figure’s size', () => {
    expect(formatScaled(1_050_000_000, 'millions', 'en', { currency: 'CAD' })).toBe(`$1,050${nbsp}million`);
    expect(formatScaled(1_600_000, 'thousands', 'fr', { fractionDigits: 1 })).toBe(`1${nbsp}600${nbsp}milliers`);
  });

  it('puts the French word in the plural from two, as the figure is printed', () => {
    expect(formatScaled(1_990_000, 'millions', 'fr')).toBe(`1,99${nbsp}million`);
    expect(formatScaled(1_960_000, 'millions', 'fr', { fractionDigits: 1 })).toBe(`2${nbsp}millions`);
    expect(formatScaled(2_000_000, 'millions', 'fr', { currency: 'CAD' })).toBe(`2${nbsp}millions de dollars`);
  });
});

describe('formatAmount', () => {
  it('shows cents only when the amount has them', () => {
    expect(formatAmount(1234.5, 'EUR', 'en')).toBe('€1,234.50');
    expect(formatAmount(1234.5, 'EUR', 'fr')).toBe(`1${nbsp}234,50${nbsp}€`);
    expect(formatAmount(1234, 'EUR', 'en')).toBe('€1,234');
  });
});

describe('formatNumber', () => {
  it('groups digits the way each language does', () => {
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(1234567, 'fr')).toBe(`1${nbsp}234${nbsp}567`);
  });
});

describe('formatFiscalYear', () => {
  it('writes 2019–20 in English, with an en dash', () => {
    expect(formatFiscalYear({ start: 2019 }, 'en')).toBe('2019–20');
  });

  it('writes 2019-2020 in French, as federal French publications do', () => {
    expect(formatFiscalYear({ start: 2019 }, 'fr')).toBe('2019-2020');
  });

  it('keeps two digits across a century', () => {
    expect(formatFiscalYear({ start: 1999 }, 'en')).toBe('1999–00');
  });
});

describe('formatFiscalYears', () => {
  it('writes a span of fiscal years', () => {
    expect(formatFiscalYears({ start: 2019 }, { start: 2024 }, 'en')).toBe('2019–20 to 2024–25');
    expect(formatFiscalYears({ start: 2019 }, { start: 2024 }, 'fr')).toBe('2019-2020 à 2024-2025');
  });

  it('writes one fiscal year when the span has one end or two equal ends', () => {
    expect(formatFiscalYears({ start: 2019 }, { start: 2019 }, 'en')).toBe('2019–20');
    expect(formatFiscalYears(undefined, { start: 2024 }, 'en')).toBe('2024–25');
    expect(formatFiscalYears(undefined, undefined, 'en')).toBe('');
  });
});

describe('formatPartialDate', () => {
  it('writes a day in full', () => {
    expect(formatPartialDate(day(2019, 7, 29), 'en')).toBe('July 29, 2019');
    expect(formatPartialDate(day(2019, 7, 29), 'fr')).toBe('29 juillet 2019');
  });

  it('writes the first of a month as "1er" in French', () => {
    expect(formatPartialDate(day(2019, 7, 1), 'fr')).toBe('1er juillet 2019');
  });

  it('writes a month without inventing a day', () => {
    expect(formatPartialDate({ precision: 'month', year: 2019, month: 10 }, 'en')).toBe('October 2019');
    expect(formatPartialDate({ precision: 'month', year: 2019, month: 10 }, 'fr')).toBe('octobre 2019');
  });

  it('writes a season, in lower case in French', () => {
    expect(formatPartialDate({ precision: 'season', year: 2020, season: 'fall' }, 'en')).toBe('Fall 2020');
    expect(formatPartialDate({ precision: 'season', year: 2020, season: 'fall' }, 'fr')).toBe('automne 2020');
    expect(formatPartialDate({ precision: 'season', year: 2020, season: 'summer' }, 'fr')).toBe('été 2020');
  });

  it('writes a year as digits', () => {
    expect(formatPartialDate({ precision: 'year', year: 2020 }, 'en')).toBe('2020');
    expect(formatPartialDate({ precision: 'year', year: 2020 }, 'fr')).toBe('2020');
  });
});

describe('formatDateRange', () => {
  it('writes a single date when there is no end', () => {
    expect(formatDateRange({ start: day(2019, 12, 17), end: undefined }, 'en')).toBe('December 17, 2019');
  });

  it('lets Intl merge the month and year two days share in English', () => {
    expect(formatDateRange({ start: day(2019, 7, 29), end: day(2019, 7, 30) }, 'en')).toBe('July 29–30, 2019');
    expect(formatDateRange({ start: day(2025, 9, 3), end: day(2025, 9, 5) }, 'en')).toBe('September 3–5, 2025');
  });

  it('writes French ranges in federal usage: "les 29 et 30", "du 3 au 5"', () => {
    expect(formatDateRange({ start: day(2019, 7, 29), end: day(2019, 7, 30) }, 'fr')).toBe('les 29 et 30 juillet 2019');
    expect(formatDateRange({ start: day(2025, 9, 3), end: day(2025, 9, 5) }, 'fr')).toBe('du 3 au 5 septembre 2025');
    expect(formatDateRange({ start: day(2025, 9, 1), end: day(2025, 9, 3) }, 'fr')).toBe('du 1er au 3 septembre 2025');
  });

  it('keeps both months when a range crosses into the next month', () => {
    expect(formatDateRange({ start: day(2019, 7, 29), end: day(2019, 8, 2) }, 'en')).toBe('July 29–August 2, 2019');
    expect(formatDateRange({ start: day(2025, 9, 30), end: day(2025, 10, 2) }, 'fr')).toBe('du 30 septembre au 2 octobre 2025');
    expect(formatDateRange({ start: day(2019, 7, 31), end: day(2019, 8, 1) }, 'fr')).toBe('les 31 juillet et 1er août 2019');
  });

  it('keeps both years when a range crosses into the next year', () => {
    expect(formatDateRange({ start: day(2019, 12, 30), end: day(2020, 1, 2) }, 'en')).toBe('December 30, 2019–January 2, 2020');
    expect(formatDateRange({ start: day(2019, 12, 30), end: day(2020, 1, 2) }, 'fr')).toBe('du 30 décembre 2019 au 2 janvier 2020');
  });

  it('writes a range whose ends are the same day as that day', () => {
    expect(formatDateRange({ start: day(2019, 7, 1), end: day(2019, 7, 1) }, 'fr')).toBe('1er juillet 2019');
    expect(formatDateRange({ start: day(2019, 7, 1), end: day(2019, 7, 1) }, 'en')).toBe('July 1, 2019');
  });

  it('joins ends of other precisions with a spaced dash', () => {
    const range = {
      start: { precision: 'month', year: 2019, month: 10 },
      end: { precision: 'season', year: 2020, season: 'spring' },
    } as const;
    expect(formatDateRange(range, 'en')).toBe('October 2019 – Spring 2020');
    expect(formatDateRange(range, 'fr')).toBe('octobre 2019 – printemps 2020');
  });
});

describe('formatIsoDay', () => {
  it('writes an ISO day in full', () => {
    expect(formatIsoDay('2026-11-20', 'en')).toBe('November 20, 2026');
    expect(formatIsoDay('2026-11-20', 'fr')).toBe('20 novembre 2026');
  });
});

describe('formatList', () => {
  it('joins items with commas and "and" / "et"', () => {
    expect(formatList(['Canada', 'Mexico', 'the United States'], 'en')).toBe('Canada, Mexico and the United States');
    expect(formatList(['le Canada', 'le Mexique', 'les États-Unis'], 'fr')).toBe('le Canada, le Mexique et les États-Unis');
  });

  it('joins two items without a comma and leaves one alone', () => {
    expect(formatList(['IOM', 'UNHCR'], 'en')).toBe('IOM and UNHCR');
    expect(formatList(['OIM', 'HCR'], 'fr')).toBe('OIM et HCR');
    expect(formatList(['IOM'], 'en')).toBe('IOM');
  });
});
