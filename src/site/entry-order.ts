/**
 * Entries in the order readers look for them: by their name in the reader's language, as that
 * language sorts (Intl.Collator: accents and case as French or English dictionaries order them),
 * the id breaking ties so the order never depends on the file system.
 */
import type { Lang } from '../schemas/localized.ts';
import { locales } from '../core/format.ts';
import { entryName } from './entry-names.ts';
import type { AnyEntry } from './store.ts';

const collators = new Map<Lang, Intl.Collator>();
/** The collator of a language: numbers by value ("G7" before "G20"), punctuation counted. */
export function collator(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(locales[lang], { numeric: true, sensitivity: 'variant' })));
  return c;
}

/** A copy of the entries sorted by name in `lang` (for forums, organisations and programs: notes keep their `order`). */
export function byName<T extends AnyEntry>(entries: readonly T[], lang: Lang): T[] {
  const c = collator(lang);
  return [...entries].sort((a, b) => c.compare(entryName(a, lang), entryName(b, lang)) || a.id.localeCompare(b.id));
}
