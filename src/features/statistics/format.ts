/**
 * A statistic's number in the reader's language, through Intl: "27,000" / "27 000" (a no-break
 * space between thousands in French), "21.9%" / "21,9 %" (Canada.ca writes no space before % in
 * English; French puts a no-break space), and, at a scale, the prose form federal writing uses in
 * running text: "1.6 million" / "1,6 million", "114 million" / "114 millions", "$103.8 billion" /
 * "103,8 milliards de dollars" (not the compact "1.6M" / "1,6 M" of tables and charts), through the
 * one scaled formatter amounts use (`formatScaled`, src/core/format.ts): the word is the scale's.
 */
import type { Lang } from '../../schemas/localized.ts';
import type { StatisticScale, StatisticUnit } from '../../schemas/statistic.ts';
import { locales, formatAmount, formatScaled } from '../../core/format.ts';
import { statisticStrings } from './strings.ts';

export interface StatisticNumber {
  value: number;
  unit: StatisticUnit;
  scale?: StatisticScale | undefined;
  approximate?: boolean | undefined;
}

const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(locales[lang], options)));
  return format;
}

/** "approximately 1.6 million", "21,9 %", "environ 27 000", "$103.8 billion". */
export function formatStatistic(stat: StatisticNumber, lang: Lang): string {
  const strings = statisticStrings[lang];
  const number = numberText(stat, lang);
  return stat.approximate ? `${strings.approximately} ${number}` : number;
}

function numberText({ value, unit, scale }: StatisticNumber, lang: Lang): string {
  if (unit === 'percent') return numberFormat(lang, { style: 'unit', unit: 'percent', maximumFractionDigits: 2 }).format(value);
  const currency = unit.startsWith('currency:') ? unit.slice('currency:'.length) : undefined;
  // At a scale, one decimal at most, as the source rounds it; an ordinary space, as running text has always had here.
  if (scale) return formatScaled(value, scale, lang, { currency, fractionDigits: 1, space: ' ' });
  if (currency) return formatAmount(value, currency, lang);
  return numberFormat(lang, { maximumFractionDigits: 2 }).format(value);
}
