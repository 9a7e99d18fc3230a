/**
 * Where every page lives, without the base path: section slugs localised where that helps
 * readers (/en/organizations/ and /fr/organisations/), entry ids language-neutral (acronyms).
 * Pure: the site binds the base path (src/site/urls.ts); the redact pass and the build read the
 * slugs from here without reading any settings.
 */
import type { Lang } from '../schemas/localized.ts';
import type { EntryCollection } from '../schemas/reference.ts';

export const sectionSlugs: Record<Lang, Record<EntryCollection, string>> = {
  en: { forums: 'forums', stakeholders: 'organizations', 'funding-programs': 'funding', notes: 'notes', people: 'people' },
  fr: { forums: 'forums', stakeholders: 'organisations', 'funding-programs': 'financement', notes: 'notes', people: 'personnes' },
};

export const pageSlugs = {
  en: {
    search: 'search',
    register: 'redactions',
    calendar: 'calendar',
    funding: 'funding-at-a-glance',
    map: 'relationships',
    glossary: 'glossary',
    print: 'print',
    qpNotes: 'qp-notes',
    legislation: 'legislation',
  },
  fr: {
    search: 'recherche',
    register: 'caviardages',
    calendar: 'calendrier',
    funding: 'financement-en-bref',
    map: 'relations',
    glossary: 'glossaire',
    print: 'impression',
    qpNotes: 'notes-periode-questions',
    legislation: 'lois',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type PageName = keyof (typeof pageSlugs)['en'];

/** An entry page's path inside the output, without the base path: "/en/forums/igc/". */
export function entryPath(lang: Lang, collection: EntryCollection, id: string): string {
  return `/${lang}/${sectionSlugs[lang][collection]}/${id}/`;
}

/** The collection whose section slug this is, in this language. */
export function collectionOfSlug(lang: Lang, slug: string): EntryCollection | undefined {
  return (Object.entries(sectionSlugs[lang]) as [EntryCollection, string][]).find(([, s]) => s === slug)?.[0];
}
