/**
 * URLs of every page, in one place. Section slugs are localised where that helps readers
 * (/en/organizations/ and /fr/organisations/); entry ids are language-neutral (acronyms).
 */
import type { Lang } from '../schemas/localized.ts';
import type { EntryCollection } from '../schemas/reference.ts';
import { readSiteSettings } from './site-settings.ts';

export const sectionSlugs: Record<Lang, Record<EntryCollection, string>> = {
  en: { forums: 'forums', stakeholders: 'organizations', 'funding-programs': 'funding', notes: 'notes' },
  fr: { forums: 'forums', stakeholders: 'organisations', 'funding-programs': 'financement', notes: 'notes' },
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
  },
  fr: {
    search: 'recherche',
    register: 'caviardages',
    calendar: 'calendrier',
    funding: 'financement-en-bref',
    map: 'relations',
    glossary: 'glossaire',
    print: 'impression',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type PageName = keyof (typeof pageSlugs)['en'];

// The same setting Astro's `base` is made from (astro.config.mjs), read once: never from
// import.meta.env.BASE_URL, which a stray BASE_URL variable in the environment can override.
const base = readSiteSettings(process.cwd()).base;

/** Prefixes a site path with the configured base path ("/binder/"). */
export function withBase(path: string): string {
  return `${base.replace(/\/$/, '')}${path}`;
}

export function homeUrl(lang: Lang): string {
  return withBase(`/${lang}/`);
}

export function sectionUrl(lang: Lang, collection: EntryCollection): string {
  return withBase(`/${lang}/${sectionSlugs[lang][collection]}/`);
}

export function entryUrl(lang: Lang, collection: EntryCollection, id: string): string {
  return withBase(entryPath(lang, collection, id));
}

/** An entry page's path inside the output, without the base path: "/en/forums/igc/". */
export function entryPath(lang: Lang, collection: EntryCollection, id: string): string {
  return `/${lang}/${sectionSlugs[lang][collection]}/${id}/`;
}

export function pageUrl(lang: Lang, page: PageName): string {
  return withBase(`/${lang}/${pageSlugs[lang][page]}/`);
}

/** The collection whose section slug this is, in this language. */
export function collectionOfSlug(lang: Lang, slug: string): EntryCollection | undefined {
  return (Object.entries(sectionSlugs[lang]) as [EntryCollection, string][]).find(([, s]) => s === slug)?.[0];
}
