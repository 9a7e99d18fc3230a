/**
 * The words that formatting itself writes (periods of money, seasons), in both languages. The
 * interface strings (src/site/i18n/) include them, so every page says them the same way.
 */
import type { Lang } from '../schemas/localized.ts';

export interface FormatStrings {
  perYear: string;
  oneTime: string;
  overYears: (n: number) => string;
  approximately: string;
  /** Between the first and last fiscal years of a range: "2019–20 to 2021–22". */
  yearsTo: string;
  seasons: Record<'spring' | 'summer' | 'fall' | 'winter', string>;
  /** An amount whose figure is not known yet (`amount: tbd`). */
  toBeDetermined: string;
  /** A program end that is not a date (`end: ongoing` or `tbd`). */
  ends: { ongoing: string; tbd: string };
  /** Scale words after a scaled amount, singular then plural ("1.5 million", "2 millions" in French). */
  scales: Record<'thousands' | 'millions' | 'billions', [string, string]>;
  /** The currency written in words after a French scale ("de dollars"); empty in English, where the symbol leads. */
  currencyWords: Record<string, string>;
  /** Between the two ends of a time window: "3:30 p.m. to 5:30 p.m." / "de 15 h 30 à 17 h 30". */
  timeWindow: (start: string, end: string) => string;
}

export const formatStrings: Record<Lang, FormatStrings> = {
  en: {
    perYear: 'per year',
    oneTime: 'one time',
    overYears: (n: number) => `over ${n} years`,
    approximately: 'approximately',
    yearsTo: 'to',
    seasons: { spring: 'Spring', summer: 'Summer', fall: 'Fall', winter: 'Winter' },
    toBeDetermined: 'To be determined',
    ends: { ongoing: 'Ongoing', tbd: 'To be determined' },
    scales: { thousands: ['thousand', 'thousand'], millions: ['million', 'million'], billions: ['billion', 'billion'] },
    currencyWords: {},
    timeWindow: (start, end) => `${start} to ${end}`,
  },
  fr: {
    perYear: 'par année',
    oneTime: 'ponctuel',
    overYears: (n: number) => `sur ${n} ans`,
    approximately: 'environ',
    yearsTo: 'à',
    seasons: { spring: 'Printemps', summer: 'Été', fall: 'Automne', winter: 'Hiver' },
    toBeDetermined: 'À déterminer',
    // An end date that is not set: TBS tables of transfer payment programs write "Date de clôture :
    // Programme continu" (plain "En cours" would read as the program's status, also "En cours").
    ends: { ongoing: 'Programme continu', tbd: 'À déterminer' },
    scales: { thousands: ['millier', 'milliers'], millions: ['million', 'millions'], billions: ['milliard', 'milliards'] },
    currencyWords: {
      CAD: 'de dollars',
      USD: 'de dollars américains',
      EUR: 'd’euros',
      GBP: 'de livres sterling',
      CHF: 'de francs suisses',
    },
    timeWindow: (start, end) => `de ${start} à ${end}`,
  },
};
