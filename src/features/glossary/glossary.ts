/**
 * The binder's glossary: every acronym a reader may meet, in each language, with what it stands
 * for. Built from the entries themselves (a forum's acronym and name), the binder (the
 * department's short name) and content/glossary.yaml for the rest. In the public edition the
 * input is the redacted copy, so a withheld entry's acronym is never listed nor expanded.
 */
import type { Lang, LocalizedText } from '../../schemas/localized.ts';
import type { EntryCollection } from '../../schemas/reference.ts';
import type { AnyEntry, Store } from '../../site/store.ts';
import { entryAcronym, entryName } from '../../site/entry-names.ts';
import { literalMarkerPattern } from '../../core/literal-markers.ts';

export interface GlossaryTerm {
  term: string;
  meaning: string;
  /** The entry the term names, when it has one. */
  entry?: { collection: EntryCollection; id: string };
}

export interface GlossarySource {
  entries: { collection: EntryCollection; id: string; name: LocalizedText; acronym?: LocalizedText | undefined }[];
  binder: { department: LocalizedText; departmentShort: LocalizedText };
  terms: { term: LocalizedText; meaning: LocalizedText }[];
}

export function buildGlossary(source: GlossarySource, lang: Lang): GlossaryTerm[] {
  const byTerm = new Map<string, GlossaryTerm>();
  const add = (item: GlossaryTerm) => {
    if (item.term && item.term !== item.meaning && !byTerm.has(item.term)) byTerm.set(item.term, item);
  };
  add({ term: source.binder.departmentShort[lang], meaning: source.binder.department[lang] });
  for (const entry of source.entries) {
    if (entry.acronym) add({ term: entry.acronym[lang], meaning: entry.name[lang], entry: { collection: entry.collection, id: entry.id } });
  }
  for (const item of source.terms) add({ term: item.term[lang], meaning: item.meaning[lang] });
  const collator = new Intl.Collator(lang === 'fr' ? 'fr-CA' : 'en-CA', { sensitivity: 'base' });
  return [...byTerm.values()].sort((a, b) => collator.compare(a.term, b.term) || a.meaning.localeCompare(b.meaning));
}

const glossaryCache = new WeakMap<Store, Partial<Record<Lang, GlossaryTerm[]>>>();
/** The glossary of one language: the department, entries' acronyms and content/glossary.yaml. */
export function glossaryOf(store: Store, lang: Lang): GlossaryTerm[] {
  const cached = glossaryCache.get(store) ?? {};
  glossaryCache.set(store, cached);
  return (cached[lang] ??= buildGlossary(
    {
      binder: store.binder,
      terms: store.glossaryTerms,
      entries: [...store.forums, ...store.stakeholders, ...store.programs].map(glossaryEntry),
    },
    lang,
  ));
}

const both = (text: (lang: Lang) => string): LocalizedText => ({ en: text('en'), fr: text('fr') });

/**
 * An entry as the glossary lists it: its name as plain text (a literal marker reads as the
 * language's marker text), and no acronym when the acronym holds a marker, which explains nothing.
 */
function glossaryEntry(entry: AnyEntry): GlossarySource['entries'][number] {
  const acronym = 'acronym' in entry.data ? entry.data.acronym : undefined;
  const withheld = acronym !== undefined && Object.values(acronym).some((text) => new RegExp(literalMarkerPattern.source, 'iu').test(text));
  return {
    collection: entry.collection,
    id: entry.id,
    name: both((lang) => entryName(entry, lang)),
    acronym: acronym === undefined || withheld ? undefined : both((lang) => entryAcronym(entry, lang)!),
  };
}
