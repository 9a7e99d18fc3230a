/**
 * URLs of every page, with the site's base path ("/binder/"), for templates. The slugs and
 * paths themselves are in src/core/routes.ts.
 */
import type { Lang } from '../schemas/localized.ts';
import type { EntryCollection } from '../schemas/reference.ts';
import { entryPath, pageSlugs, sectionSlugs, type PageName } from '../core/routes.ts';
import { readSiteSettings } from './site-settings.ts';

// Templates name slugs and paths through this module, beside the URLs made from them.
export { collectionOfSlug, entryPath, pageSlugs, sectionSlugs, type PageName } from '../core/routes.ts';

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

export function pageUrl(lang: Lang, page: PageName): string {
  return withBase(`/${lang}/${pageSlugs[lang][page]}/`);
}
