/**
 * The notes grouped in the binder's parts (content/binder.yaml `parts:`), in the order of the paper
 * binder: the notes index, the navigation, the printable binder's tabs and the PDF's bookmarks all
 * read them from here. Notes no part lists come last, in a part of their own ("Other notes"), by
 * their `order`. A part left with no note in this edition (its notes withheld) is not shown.
 * Without `parts`, undefined: the notes go by their `order`, as one section.
 */
import type { LocalizedText } from '../schemas/localized.ts';
import type { BinderPart } from '../schemas/binder-structure.ts';
import { partsStrings } from './i18n/parts-strings.ts';

export interface NotePart<T> {
  /** The part's id (`other-notes` for the last part). */
  id: string;
  title: LocalizedText;
  notes: T[];
}

/** The id of the part holding the notes that no part lists. */
export const otherNotesPart = 'other-notes';

/** `notes` are this edition's notes in their `order`. */
export function noteParts<T extends { id: string }>(
  parts: readonly BinderPart[] | undefined,
  notes: readonly T[],
): NotePart<T>[] | undefined {
  if (!parts) return undefined;
  const byId = new Map(notes.map((note) => [note.id, note]));
  const listed = new Set<string>();
  const grouped = parts.map((part) => {
    const own = part.notes.flatMap((id) => {
      const note = byId.get(id);
      if (!note || listed.has(id)) return [];
      listed.add(id);
      return [note];
    });
    return { id: part.id, title: part.title, notes: own };
  });
  const rest = notes.filter((note) => !listed.has(note.id));
  const other = { id: otherNotesPart, title: { en: partsStrings.en.otherNotes, fr: partsStrings.fr.otherNotes }, notes: rest };
  return [...grouped, other].filter((part) => part.notes.length > 0);
}
