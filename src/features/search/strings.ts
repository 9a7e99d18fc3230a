/** Interface strings of the search page, in both languages, and the topics' labels. */
import type { Lang } from '../../schemas/localized.ts';
import type { Topic } from '../../schemas/topic.ts';

/**
 * Pagefind UI's own words (its `translations` option, same keys). Its built-in French has a
 * straight apostrophe and a plain space before the colon; these replace it. [COUNT],
 * [SEARCH_TERM] and [DIFFERENT_TERM] are filled in by Pagefind.
 */
export interface PagefindTranslations {
  placeholder: string;
  search_label: string;
  clear_search: string;
  load_more: string;
  filters_label: string;
  zero_results: string;
  many_results: string;
  one_result: string;
  alt_search: string;
  search_suggestion: string;
  searching: string;
}

const en = {
  intro: 'Search every page of the binder in English.',
  /** Without JavaScript, Pagefind's UI cannot run. */
  noscript: 'Search needs JavaScript. Use the section indexes instead.',
  ui: {
    placeholder: 'Search the binder',
    search_label: 'Search the binder',
    clear_search: 'Clear',
    load_more: 'Show more results',
    filters_label: 'Filters',
    zero_results: 'No results for [SEARCH_TERM]',
    many_results: '[COUNT] results for [SEARCH_TERM]',
    one_result: '[COUNT] result for [SEARCH_TERM]',
    alt_search: 'No results for [SEARCH_TERM]. Showing results for [DIFFERENT_TERM] instead',
    search_suggestion: 'No results for [SEARCH_TERM]. Try one of these searches:',
    searching: 'Searching for [SEARCH_TERM]…',
  } satisfies PagefindTranslations,
  /** The search filter's value for each topic an entry is tagged with (src/schemas/topic.ts). */
  topics: {
    americas: 'Americas',
    asylum: 'Asylum',
    'capacity-building': 'Capacity building',
    'five-eyes': 'Five Eyes',
    fpt: 'Federal-provincial-territorial',
    funding: 'Funding',
    'irregular-migration': 'Irregular migration',
    'migration-narrative': 'Migration narrative',
    multilateral: 'Multilateral',
    parliament: 'Parliament',
    refugees: 'Refugees',
    removals: 'Removals',
    research: 'Research',
    resettlement: 'Resettlement',
    security: 'Security',
    un: 'United Nations',
    visas: 'Visas',
  } satisfies Record<Topic, string> as Record<Topic, string>,
};

export type SearchStrings = typeof en;

const fr: SearchStrings = {
  intro: 'Chercher dans toutes les pages du cahier en français.',
  noscript: 'La recherche nécessite JavaScript. Utilisez les index des sections.',
  ui: {
    placeholder: 'Chercher dans le cahier',
    search_label: 'Chercher dans le cahier',
    clear_search: 'Effacer',
    load_more: 'Afficher plus de résultats',
    filters_label: 'Filtres',
    zero_results: 'Aucun résultat pour [SEARCH_TERM]',
    many_results: '[COUNT] résultats pour [SEARCH_TERM]',
    one_result: '[COUNT] résultat pour [SEARCH_TERM]',
    alt_search: 'Aucun résultat pour [SEARCH_TERM]. Résultats pour [DIFFERENT_TERM] à la place',
    search_suggestion: 'Aucun résultat pour [SEARCH_TERM]. Essayez l’une des recherches suivantes\u00a0:',
    searching: 'Recherche de [SEARCH_TERM] en cours…',
  },
  topics: {
    americas: 'Amériques',
    asylum: 'Asile',
    'capacity-building': 'Renforcement des capacités',
    'five-eyes': 'Groupe des cinq',
    fpt: 'Fédéral-provincial-territorial',
    funding: 'Financement',
    'irregular-migration': 'Migration irrégulière',
    'migration-narrative': 'Discours sur la migration',
    multilateral: 'Multilatéral',
    parliament: 'Parlement',
    refugees: 'Réfugiés',
    removals: 'Renvois',
    research: 'Travaux de recherche',
    resettlement: 'Réinstallation',
    security: 'Sécurité',
    un: 'Nations Unies',
    visas: 'Visas',
  },
};

export const searchStrings: Record<Lang, SearchStrings> = { en, fr };

/** The labels of an entry's topics in a language, for the search filter. */
export function topicLabels(lang: Lang, tags: readonly Topic[]): string[] {
  return tags.map((tag) => searchStrings[lang].topics[tag]);
}
