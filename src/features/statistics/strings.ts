/** Interface strings of statistics (the words around a number and its source), in both languages. */
import type { Lang } from '../../schemas/localized.ts';

const en = {
  approximately: 'approximately',
  /** Before the source of a statistic, in parentheses after it. */
  source: 'source:',
  /** English dollars before the number: "$103.8 billion", "US$2.4 million". */
  dollars: { CAD: (n: string) => `$${n}`, USD: (n: string) => `US$${n}` },
};

export type StatisticStrings = typeof en;

const fr: StatisticStrings = {
  approximately: 'environ',
  source: 'source\u00a0:',
  // "1,6 million de dollars", "114 millions de dollars américains"; without a scale Intl writes "165 000 $".
  dollars: { CAD: (n: string) => `${n} de dollars`, USD: (n: string) => `${n} de dollars américains` },
};

export const statisticStrings: Record<Lang, StatisticStrings> = { en, fr };
