/**
 * Dates as binders write them: a day ("2019-07-29"), a month ("2019-10"), a season ("2020-fall")
 * or a year ("2020"). A date keeps its precision so that it renders as written ("Fall 2020"),
 * never as an invented day.
 */
export type Season = 'spring' | 'summer' | 'fall' | 'winter';
export type PartialDate =
  | { precision: 'day'; year: number; month: number; day: number }
  | { precision: 'month'; year: number; month: number }
  | { precision: 'season'; year: number; season: Season }
  | { precision: 'year'; year: number };

const pattern = /^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|(spring|summer|fall|autumn|winter)))?$/;

/** Parses one partial date; returns a message instead when the text is not a real date. */
export function parsePartialDate(text: string): PartialDate | { error: string } {
  const match = pattern.exec(text.trim());
  if (!match) {
    return { error: `"${text}" is not a date: write YYYY-MM-DD, YYYY-MM, YYYY-fall or YYYY` };
  }
  const [, y, m, d, season] = match;
  const year = Number(y);
  if (season) return { precision: 'season', year, season: season === 'autumn' ? 'fall' : (season as Season) };
  if (!m) return { precision: 'year', year };
  const month = Number(m);
  if (month < 1 || month > 12) return { error: `"${text}" has no month ${m}` };
  if (!d) return { precision: 'month', year, month };
  const day = Number(d);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > last) return { error: `"${text}" is not a real day: ${year}-${m} has ${last} days` };
  return { precision: 'day', year, month, day };
}

/** The first day a partial date can mean, as an ISO day (for sorting and "upcoming"). */
export function firstDay(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (date.precision) {
    case 'day':
      return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
    case 'month':
      return `${date.year}-${pad(date.month)}-01`;
    case 'season':
      return `${date.year}-${pad(seasonStartMonth[date.season])}-01`;
    case 'year':
      return `${date.year}-01-01`;
  }
}

/** The last day a partial date can mean, as an ISO day. */
export function lastDay(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const endOfMonth = (year: number, month: number) => `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
  switch (date.precision) {
    case 'day':
      return firstDay(date);
    case 'month':
      return endOfMonth(date.year, date.month);
    case 'season':
      return endOfMonth(date.year, seasonEndMonth[date.season]);
    case 'year':
      return `${date.year}-12-31`;
  }
}

// Seasons of a calendar year, as planning documents use them: "winter 2020" is January to March
// 2020 (not December 2020), spring April to June, summer July and August, "fall 2020" September
// to December 2020. They do not overlap.
const seasonStartMonth: Record<Season, number> = { winter: 1, spring: 4, summer: 7, fall: 9 };
const seasonEndMonth: Record<Season, number> = { winter: 3, spring: 6, summer: 8, fall: 12 };
