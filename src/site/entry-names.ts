/**
 * The names of entries as plain text, in the reader's language. Pure (the store's entries in, text
 * out), so that build-time plugins such as the glossary's may use them without loading the store.
 */
import type { Lang } from '../schemas/localized.ts';
import type { AnyEntry } from './store.ts';
import { markerTextOf, withMarkerText } from '../core/literal-markers.ts';
import { titleIn, titleOn } from '../core/person-titles.ts';
import { valueOf } from '../core/redactable.ts';

/**
 * The name readers know an entry by, in their language, as plain text (headings, links, <title>,
 * the printed contents, the map): a literal marker in it reads as the language's marker text.
 */
export function entryName(entry: AnyEntry, lang: Lang): string {
  if (entry.collection === 'people') return withMarkerText(personName(entry.data, lang), lang);
  return withMarkerText('title' in entry.data ? entry.data.title[lang] : entry.data.name[lang], lang);
}

/**
 * A person by name, or a position (no name, or a name the edition withholds) by its current title:
 * a withheld name never becomes a page's name.
 */
function personName(person: Extract<AnyEntry, { collection: 'people' }>['data'], lang: Lang): string {
  const name = valueOf(person.name);
  if (name !== undefined) return name;
  const current = titleOn(person.titles);
  if (!current) return '';
  // A title standing as a name (a heading, a link, a card) starts with a capital; in running
  // text French writes it in lower case ("la directrice générale"), as titleText gives it.
  const shown = titleIn(current.title, person.gender, lang);
  // A position's title is never redacted (the redact pass refuses it, people-titles.ts); if one were, its marker.
  if (shown.state === 'redacted') return markerTextOf(lang);
  const title = shown.value;
  return title.charAt(0).toLocaleUpperCase(lang) + title.slice(1);
}

/** An entry's acronym in the reader's language, as plain text like its name; undefined if it has none. */
export function entryAcronym(entry: AnyEntry, lang: Lang): string | undefined {
  const acronym = 'acronym' in entry.data ? entry.data.acronym?.[lang] : undefined;
  return acronym === undefined ? undefined : withMarkerText(acronym, lang);
}

/** "Intergovernmental Consultations on Migration, Asylum and Refugees (IGC)". */
export function entryLongName(entry: AnyEntry, lang: Lang): string {
  const name = entryName(entry, lang);
  const acronym = entryAcronym(entry, lang);
  return acronym && acronym !== name ? `${name} (${acronym})` : name;
}
