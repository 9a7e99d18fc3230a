/**
 * Meetings in order for reading: the calendar's months (runs of meetings that start in the same
 * month, upcoming and past around the binder's as-of day) and an entry's own meetings, split the
 * same way. Pure functions over the meetings of the store (meetings.ts).
 */
import type { Lang } from '../../schemas/localized.ts';
import type { Meeting } from '../../schemas/meeting.ts';
import type { Redactable } from '../../schemas/redactable.ts';
import { firstDay, lastDay } from '../../schemas/partial-date.ts';
import { splitByAsOf, type DatedMeeting } from './meetings.ts';
import { unwrap } from '../../core/redactable.ts';
import { monthFormat } from '../../core/format.ts';
import type { PartialDate } from '../../schemas/partial-date.ts';
import { calendarStrings } from './strings.ts';

export interface MonthGroup<T> {
  /**
   * "2019-10": the month of the first day of each of its meetings; or "2020": the meetings of
   * 2020 known only by their season or their year ("Winter 2020", "2020"), a group of their own.
   */
  month: string;
  meetings: T[];
}

/** Where a meeting goes: the month it starts in, or its year when it has no month (a season or a year). */
function groupKey(meeting: { start: string; meeting?: { date: { start: PartialDate } } }): string {
  const precision = meeting.meeting?.date.start.precision;
  return precision === 'season' || precision === 'year' ? meeting.start.slice(0, 4) : meeting.start.slice(0, 7);
}

/**
 * Runs of meetings that start in the same month, in the order given (so past meetings, listed
 * most recent first, give the months most recent first). Meetings known only by a season or a
 * year ("Fall 2020", "2021") are not filed under a month they may not be in: they make a group of
 * their own, after the month groups of their year.
 */
export function groupByMonth<T extends { start: string; meeting?: { date: { start: PartialDate } } }>(
  meetings: readonly T[],
): MonthGroup<T>[] {
  const groups = new Map<string, MonthGroup<T>>();
  for (const meeting of meetings) {
    const month = groupKey(meeting);
    const group = groups.get(month) ?? { month, meetings: [] };
    group.meetings.push(meeting);
    groups.set(month, group);
  }
  // Months in the order met; each year's own group right after that year's last month.
  const years = [...new Set([...groups.keys()].map((key) => key.slice(0, 4)))];
  return years.flatMap((year) => {
    const ofYear = [...groups.values()].filter((g) => g.month.startsWith(year));
    return [...ofYear.filter((g) => g.month.length > 4), ...ofYear.filter((g) => g.month.length === 4)];
  });
}

/** Upcoming meetings (ending on or after the as-of day) and past ones (most recent first), by month. */
export function calendarSections(meetings: DatedMeeting[], asOf: string) {
  const { upcoming, past } = splitByAsOf(meetings, asOf);
  return { upcoming: groupByMonth(upcoming), past: groupByMonth(past) };
}

/** "2019-10" as "October 2019" / "octobre 2019"; a year's own group "2020" as "2020: by season or year". */
export function formatMonth(month: string, lang: Lang): string {
  const [year, number] = month.split('-').map(Number) as [number, number | undefined];
  if (number === undefined) return calendarStrings[lang].seasonGroup(year);
  return monthFormat(lang).format(new Date(Date.UTC(year, number - 1, 1)));
}

/**
 * One entry's meetings, as written (each possibly withheld), split for its page: upcoming in date
 * order, past most recent first, and those withheld as a whole apart, since the public edition
 * has no date to place them by (placing them would tell when they are).
 */
export function splitEntryMeetings<T extends Redactable<Meeting>>(
  items: readonly T[],
  asOf: string,
): { upcoming: T[]; past: T[]; withheld: T[] } {
  const dated: { item: T; start: string; end: string }[] = [];
  const withheld: T[] = [];
  for (const item of items) {
    const u = unwrap<Meeting>(item);
    if (u.state === 'redacted') withheld.push(item);
    else dated.push({ item, start: firstDay(u.value.date.start), end: lastDay(u.value.date.end ?? u.value.date.start) });
  }
  // Array.prototype.sort is stable: meetings on the same days keep the editor's order.
  dated.sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
  return {
    upcoming: dated.filter((m) => m.end >= asOf).map((m) => m.item),
    past: dated
      .filter((m) => m.end < asOf)
      .reverse()
      .map((m) => m.item),
    withheld,
  };
}
