import { en, type Strings } from './en.ts';
import { fr } from './fr.ts';
import type { Lang } from '../../schemas/localized.ts';

const strings: Record<Lang, Strings> = { en, fr };

/** The interface strings of one language. */
export function t(lang: Lang): Strings {
  return strings[lang];
}

export const otherLang = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');
export type { Strings };
