/**
 * How a person reads in a line of text: the name (with its honorific) when the edition shows it,
 * and the title in force on the binder's as-of date, in the reader's language. Pure.
 */
import type { Lang } from '../../schemas/localized.ts';
import type { Person } from '../../schemas/person.ts';
import { titleIn, titleOn } from '../../core/person-titles.ts';
import { unwrap, type Unwrapped } from '../../core/redactable.ts';

export interface PersonLine {
  /** The name as the edition has it (plain, shown with its basis, or withheld); undefined for a position. */
  name: Unwrapped<string> | undefined;
  /** The honorific in the reader's language, only beside a name the edition shows. */
  honorific: string | undefined;
  /** The title in force on the day, in the reader's language, as the edition has it (a redacted title is its markers). */
  title: Unwrapped<string> | undefined;
}

export function personLine(person: Pick<Person, 'name' | 'honorific' | 'gender' | 'titles'>, lang: Lang, day: string): PersonLine {
  const name = person.name === undefined ? undefined : unwrap(person.name);
  const current = titleOn(person.titles, day);
  return {
    name,
    honorific: name && name.state !== 'redacted' ? person.honorific?.[lang] : undefined,
    title: current ? titleIn(current.title, person.gender, lang) : undefined,
  };
}
