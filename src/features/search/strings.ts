/** Interface strings of the search page, in both languages. */
import type { Lang } from '../../schemas/localized.ts';

const en = {
  intro: 'Search every page of the binder in English.',
  placeholder: 'Search the binder',
  /** Without JavaScript, Pagefind's UI cannot run. */
  noscript: 'Search needs JavaScript. Use the section indexes instead.',
};

export type SearchStrings = typeof en;

const fr: SearchStrings = {
  intro: 'Chercher dans toutes les pages du cahier en français.',
  placeholder: 'Chercher dans le cahier',
  noscript: 'La recherche nécessite JavaScript. Utilisez les index des sections.',
};

export const searchStrings: Record<Lang, SearchStrings> = { en, fr };
