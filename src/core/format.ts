/**
 * Dates, money, numbers and lists in the reader's language, through Intl (never by hand):
 * en-CA "$165,000", fr-CA "165 000 $", "US$25,000" / "25 000 $ US", "July 29–30, 2019" / "29–30 juillet 2019".
 */
import type { Lang } from '../schemas/localized.ts';
import { isKnown, type Money, type FiscalYear, type MoneyScale } from '../schemas/money.ts';
import { firstDay, type PartialDate } from '../schemas/partial-date.ts';
import type { DateRange } from '../schemas/date.ts';
import { formatStrings } from './format-strings.ts';

export const locales: Record<Lang, string> = { en: 'en-CA', fr: 'fr-CA' };

/**
 * Intl formatters are costly to make (locale data is resolved each time) and cheap to reuse:
 * a binder of a few thousand pages formats tens of thousands of dates. One per options key.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}
const dayFormat = (lang: Lang) =>
  cached(`day ${lang}`, () => new Intl.DateTimeFormat(locales[lang], { dateStyle: 'long', timeZone: 'UTC' }));
/** "October 2019" / "octobre 2019" (format a date in that month, at UTC). */
export const monthFormat = (lang: Lang) =>
  cached(`month ${lang}`, () => new Intl.DateTimeFormat(locales[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }));

export function formatNumber(value: number, lang: Lang): string {
  return cached(`number ${lang}`, () => new Intl.NumberFormat(locales[lang])).format(value);
}

/** An amount with its currency, e.g. "$165,000" or "165 000 $"; never a period. */
export function formatAmount(amount: number, currency: string, lang: Lang): string {
  const fractionDigits = Number.isInteger(amount) ? 0 : 2;
  return cached(
    `amount ${lang} ${currency} ${fractionDigits}`,
    () =>
      new Intl.NumberFormat(locales[lang], {
        style: 'currency',
        currency,
        currencyDisplay: 'symbol',
        maximumFractionDigits: fractionDigits,
      }),
  ).format(amount);
}

const scaleFactor: Record<MoneyScale, number> = { thousands: 1e3, millions: 1e6, billions: 1e9 };

/** How `formatScaled` writes a figure: its currency, its decimals and the space before the scale's word. */
export interface ScaledOptions {
  /** A currency code: "$103.8 billion", "US$25 million" / "103,8 milliards de dollars". None: a plain number. */
  currency?: string | undefined;
  /** Decimals at most, after the figure is divided by the scale (default 2). */
  fractionDigits?: number;
  /** Between the figure and the scale's word (default a no-break space). */
  space?: string;
}

/**
 * A number at a scale, as federal publications write it: "$103.8 billion", "US$25 million",
 * "1.6 million"; "103,8 milliards de dollars", "1,5 million de dollars" (plural from two, "d’euros").
 * The word is the scale's, whatever the figure's size ("1,050 million"). The one scaled formatter:
 * amounts (`display:`), statistics (`scale:`) and the audit's search for both.
 */
export function formatScaled(value: number, scale: MoneyScale, lang: Lang, options: ScaledOptions = {}): string {
  const { currency, fractionDigits = 2, space = '\u00a0' } = options;
  const strings = formatStrings[lang];
  const scaled = value / scaleFactor[scale];
  const style: Intl.NumberFormatOptions = lang === 'en' && currency ? { style: 'currency', currency } : {};
  const format = cached(
    `scaled ${lang} ${lang === 'en' ? (currency ?? '') : ''} ${fractionDigits}`,
    () => new Intl.NumberFormat(locales[lang], { ...style, minimumFractionDigits: 0, maximumFractionDigits: fractionDigits }),
  );
  // The plural follows the figure as printed: "1,5 million", "2 millions".
  const shown = Number(scaled.toFixed(fractionDigits));
  const word = strings.scales[scale][shown >= 2 ? 1 : 0];
  const words = lang === 'fr' && currency ? ` ${strings.currencyWords[currency] ?? `(${currency})`}` : '';
  return `${format.format(scaled)}${space}${word}${words}`;
}

/** "approximately $300,000 per year", "21 000 000 $ sur 3 ans", "$103.8 billion"; "To be determined". */
export function formatMoney(money: Money, lang: Lang): string {
  const strings = formatStrings[lang];
  if (!isKnown(money)) return strings.toBeDetermined;
  const amount = money.display
    ? formatScaled(money.amount, money.display, lang, { currency: money.currency })
    : formatAmount(money.amount, money.currency, lang);
  const period = money.period === 'per-year' ? strings.perYear : money.period === 'one-time' ? '' : strings.overYears(money.period.years);
  return [money.approximate ? strings.approximately : '', amount, period].filter(Boolean).join(' ');
}

/** "2019–20" in English; "2019-2020" in French, as federal French publications write it. */
export function formatFiscalYear(year: FiscalYear, lang: Lang): string {
  return lang === 'fr' ? `${year.start}-${year.start + 1}` : `${year.start}–${String(year.start + 1).slice(2)}`;
}

export function formatFiscalYears(from: FiscalYear | undefined, to: FiscalYear | undefined, lang: Lang): string {
  if (from && to && from.start !== to.start)
    return `${formatFiscalYear(from, lang)} ${formatStrings[lang].yearsTo} ${formatFiscalYear(to, lang)}`;
  const one = from ?? to;
  return one ? formatFiscalYear(one, lang) : '';
}

const utc = (d: { year: number; month: number; day: number }) => new Date(Date.UTC(d.year, d.month - 1, d.day));

export function formatPartialDate(date: PartialDate, lang: Lang): string {
  switch (date.precision) {
    case 'day':
      // French writes the first of a month as an ordinal: "1er juillet 2019".
      return lang === 'fr' ? frenchDay(date, true, true) : dayFormat(lang).format(utc(date));
    case 'month':
      return monthFormat(lang).format(utc({ ...date, day: 1 }));
    case 'season': {
      const season = formatStrings[lang].seasons[date.season];
      return `${lang === 'fr' ? season.toLowerCase() : season} ${date.year}`;
    }
    case 'year':
      return String(date.year);
  }
}

/** A single date or a range, letting Intl merge what the two ends share ("July 29–30, 2019"). */
export function formatDateRange(range: DateRange, lang: Lang): string {
  const { start, end } = range;
  if (!end) return formatPartialDate(start, lang);
  if (start.precision === 'day' && end.precision === 'day') {
    if (firstDay(start) === firstDay(end)) return formatPartialDate(start, lang);
    return lang === 'fr' ? frenchDayRange(start, end) : dayFormat(lang).formatRange(utc(start), utc(end));
  }
  return `${formatPartialDate(start, lang)} – ${formatPartialDate(end, lang)}`;
}

type Day = { year: number; month: number; day: number };
const frenchMonth = (d: Day) =>
  cached('month name fr', () => new Intl.DateTimeFormat(locales.fr, { month: 'long', timeZone: 'UTC' })).format(utc(d));

/** "1er juillet 2019", "29 juillet", "30": a French day with its month and year when asked. */
function frenchDay(d: Day, month: boolean, year: boolean): string {
  return [d.day === 1 ? '1er' : String(d.day), month ? frenchMonth(d) : '', year ? String(d.year) : ''].filter(Boolean).join(' ');
}

/**
 * French ranges of days in federal usage: "les 29 et 30 juillet 2019" (two days in a row),
 * "du 3 au 5 septembre 2025", "du 30 septembre au 2 octobre 2025", "du 30 décembre 2019 au 2 janvier 2020".
 */
function frenchDayRange(start: Day, end: Day): string {
  const sameYear = start.year === end.year;
  const sameMonth = sameYear && start.month === end.month;
  const first = frenchDay(start, !sameMonth, !sameYear);
  const last = frenchDay(end, true, true);
  const next = new Date(Date.UTC(start.year, start.month - 1, start.day + 1));
  return next.getTime() === utc(end).getTime() ? `les ${first} et ${last}` : `du ${first} au ${last}`;
}

/** "Canada, Mexico and the United States" / "le Canada, le Mexique et les États-Unis". */
export function formatList(items: string[], lang: Lang): string {
  return cached(`list ${lang}`, () => new Intl.ListFormat(locales[lang], { style: 'long', type: 'conjunction' })).format(items);
}

/** An ISO day ("2026-11-20") as "November 20, 2026" / "20 novembre 2026". */
export function formatIsoDay(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return formatPartialDate({ precision: 'day', year, month, day }, lang);
}

/**
 * The machine-readable form of a date for `<time datetime>`: "2019-07-29", "2019-10", "2020".
 * A season has none in HTML, so it gets undefined (render it without <time>).
 */
export function datetimeOf(date: PartialDate): string | undefined {
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (date.precision) {
    case 'day':
      return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
    case 'month':
      return `${date.year}-${pad(date.month)}`;
    case 'year':
      return String(date.year);
    case 'season':
      return undefined;
  }
}
