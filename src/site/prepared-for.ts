/**
 * Whom the binder is prepared for, as the cover says it after "Prepared for" / "Préparé pour":
 * "the Minister of Immigration, …" / "la ministre de l’Immigration, …", the French article from
 * the gender binder.yaml gives (src/schemas/binder.ts).
 */
import type { Lang } from '../schemas/localized.ts';
import { preparedFor, type Binder } from '../schemas/binder.ts';
import { siteStrings } from './i18n/site-strings.ts';

export function preparedForText(binder: Binder, lang: Lang): string {
  const { title, gender } = preparedFor(binder);
  return `${siteStrings[lang].preparedForArticle(gender, title[lang])}${title[lang]}`;
}
