/**
 * The words of the binder's parts (content/binder.yaml `parts:`), in both languages: the part that
 * holds the notes no part lists, and the notes index's labels.
 */
import type { Lang } from '../../schemas/localized.ts';

const en = {
  /** The last part: the notes no part of binder.yaml lists. */
  otherNotes: 'Other notes',
  /** The notes index's list of parts, before the parts themselves. */
  partsNav: 'Parts of the binder',
  /** "3 notes" under a part's title. */
  noteCount: (count: number) => (count === 1 ? '1 note' : `${count} notes`),
};

export type PartsStrings = typeof en;

const fr: PartsStrings = {
  otherNotes: 'Autres notes',
  partsNav: 'Parties du cahier',
  noteCount: (count: number) => (count === 1 ? '1 note' : `${count}\u00a0notes`),
};

export const partsStrings: Record<Lang, PartsStrings> = { en, fr };
