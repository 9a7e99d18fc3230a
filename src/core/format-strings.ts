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
}

export const formatStrings: Record<Lang, FormatStrings> = {
  en: {
    perYear: 'per year',
    oneTime: 'one time',
    overYears: (n: number) => `over ${n} years`,
    approximately: 'approximately',
    yearsTo: 'to',
    seasons: { spring: 'Spring', summer: 'Summer', fall: 'Fall', winter: 'Winter' },
  },
  fr: {
    perYear: 'par année',
    oneTime: 'ponctuel',
    overYears: (n: number) => `sur ${n} ans`,
    approximately: 'environ',
    yearsTo: 'à',
    seasons: { spring: 'Printemps', summer: 'Été', fall: 'Automne', winter: 'Hiver' },
  },
};
