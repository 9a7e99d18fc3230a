/** Interface strings of statistics (the words around a number and its source), in both languages. */
import type { Lang } from '../../schemas/localized.ts';

const en = {
  approximately: 'approximately',
  /** Before the source of a statistic, in parentheses after it. */
  source: 'source:',
};

export type StatisticStrings = typeof en;

const fr: StatisticStrings = {
  approximately: 'environ',
  source: 'source\u00a0:',
};

export const statisticStrings: Record<Lang, StatisticStrings> = { en, fr };
