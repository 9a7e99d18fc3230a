/**
 * People's titles as readers see them: the French form the person's gender chooses, and the title
 * in force on a day (the binder's as-of date). Pure, so the site's entry names, the people feature
 * and the build-time passes read titles the same way.
 */
import type { Lang } from '../schemas/localized.ts';
import type { PersonTitle } from '../schemas/person.ts';
import type { grammaticalGenders } from '../schemas/binder.ts';
import type { PartialDate } from '../schemas/partial-date.ts';
import { firstDay, lastDay } from '../schemas/partial-date.ts';
import type { Redactable } from '../schemas/redactable.ts';
import { unwrap, type Unwrapped } from './redactable.ts';

export type Gender = (typeof grammaticalGenders)[number];

/** A title in the reader's language; in French the gender's form, or both ("directrice générale ou directeur général"). */
export function titleText(title: PersonTitle, gender: Gender, lang: Lang): string {
  if (lang === 'en' || typeof title.fr === 'string') return title[lang] as string;
  if (gender === 'unspecified') return title.fr.unspecified ?? `${title.fr.feminine} ou ${title.fr.masculine}`;
  return title.fr[gender];
}

/**
 * A title as this edition has it, in the reader's language: plain, shown with its basis (internal
 * edition), or the markers alone (the public edition's redact pass removed it from the data).
 */
export function titleIn(title: Redactable<PersonTitle>, gender: Gender, lang: Lang): Unwrapped<string> {
  const u = unwrap(title);
  return u.state === 'redacted' ? u : { ...u, value: titleText(u.value, gender, lang) };
}

interface Dated {
  from?: PartialDate | undefined;
  to?: PartialDate | undefined;
}

/** True when the title had begun by `day` (YYYY-MM-DD) and had not ended before it. */
export function inForce(title: Dated, day: string): boolean {
  return (!title.from || firstDay(title.from) <= day) && (!title.to || lastDay(title.to) >= day);
}

/**
 * The title in force on `day`: of those in force, the one that began last. With no day, or none in
 * force, the one that began last among those begun (else the first written), so a page always has one.
 */
export function titleOn<T extends Dated>(titles: readonly T[], day?: string): T | undefined {
  const start = (t: T) => (t.from ? firstDay(t.from) : '');
  const latest = (list: T[]) => list.reduce<T | undefined>((best, t) => (!best || start(t) > start(best) ? t : best), undefined);
  if (day) {
    const current = latest(titles.filter((t) => inForce(t, day)));
    if (current) return current;
    return latest(titles.filter((t) => start(t) <= day)) ?? titles[0];
  }
  return latest(titles.filter((t) => !t.to)) ?? latest([...titles]);
}
