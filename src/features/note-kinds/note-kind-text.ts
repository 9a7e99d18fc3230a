/**
 * The words of the fields of committee appearances, Question Period notes and letters, per
 * language, and the order of the Question Period notes page. Pure: the components draw them.
 */
import type { Lang } from '../../schemas/localized.ts';
import type { PartialDate } from '../../schemas/partial-date.ts';
import { firstDay } from '../../schemas/partial-date.ts';
import { formatPartialDate } from '../../core/format.ts';
import { noteKindStrings } from './strings.ts';

/** When a deliverable is due, as its schema reads it. */
export type Deadline = { hoursBefore: number } | { daysBefore: number } | PartialDate;

/** "48 hours before the appearance", "48 heures avant la comparution", "November 20, 2020". */
export function deadlineText(due: Deadline, lang: Lang): string {
  const words = noteKindStrings[lang];
  if ('hoursBefore' in due) return words.hoursBefore(due.hoursBefore);
  if ('daysBefore' in due) return words.daysBefore(due.daysBefore);
  return formatPartialDate(due, lang);
}

/** "44th Parliament, 1st Session" / "44e législature, 1re session". */
export function parliamentText(p: { parliament: number; session: number }, lang: Lang): string {
  return noteKindStrings[lang].parliament(p.parliament, p.session);
}

/**
 * Notes newest first by the first day of their date (a month counts from its first day), then
 * by id, so that the order never depends on the order the store read them in.
 */
export function newestFirst<T extends { id: string; data: { date: PartialDate } }>(notes: readonly T[]): T[] {
  return [...notes].sort((a, b) => {
    const [da, db] = [firstDay(a.data.date), firstDay(b.data.date)];
    return da === db ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : da < db ? 1 : -1;
  });
}

/** A title at the head of a table cell or a list line: "ministre de …" reads "Ministre de …" there. */
export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr-CA') + text.slice(1);
}
