/**
 * The staleness check: a statistic whose as-of period ended more than `statistics.maxAgeMonths`
 * (content/binder.yaml) before the binder's own as-of date is reported as a warning at its
 * `asOf:` line, in `npm run check` and every build. The message names dates and months only,
 * never the statistic's value (which may be redacted).
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Binder } from '../schemas/binder.ts';
import { lastDay, type PartialDate } from '../schemas/partial-date.ts';
import type { Statistic } from '../schemas/statistic.ts';
import { yamlReporter, type YamlSource } from './yaml-source.ts';

/** Whole months from the end of `period` to `day` (0 when the period ends in or after that month). */
export function monthsBetween(period: PartialDate, day: PartialDate): number {
  const [py, pm] = lastDay(period).split('-').map(Number) as [number, number];
  const [dy, dm] = lastDay(day).split('-').map(Number) as [number, number];
  return Math.max(0, dy * 12 + dm - (py * 12 + pm));
}

/** The period as an editor writes it in YAML: `2016`, `2023-06`, `2020-fall`, `2019-09-30`. */
export function writtenDate(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (date.precision) {
    case 'day':
      return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
    case 'month':
      return `${date.year}-${pad(date.month)}`;
    case 'season':
      return `${date.year}-${date.season}`;
    case 'year':
      return String(date.year);
  }
}

export function checkStatisticAges(
  binder: Binder,
  statistics: ReadonlyMap<string, { yaml: YamlSource; data: Statistic }>,
  diagnostics: Diagnostic[],
): void {
  const limit = binder.statistics?.maxAgeMonths;
  if (limit === undefined) return;
  for (const { yaml, data } of statistics.values()) {
    const months = monthsBetween(data.asOf, binder.asOf);
    if (months <= limit) continue;
    yamlReporter(yaml, diagnostics)(['asOf'], 'statistic-stale', {
      asOf: writtenDate(data.asOf),
      binderAsOf: writtenDate(binder.asOf),
      months,
      limit,
    });
  }
}
