import { z } from 'astro/zod';
import { redactedValue } from './redacted.ts';
import { redactable } from './redactable.ts';
import { localizedText } from './localized.ts';

/** The collections an entry can point to. */
export const entryCollections = ['forums', 'stakeholders', 'funding-programs', 'notes', 'people'] as const;
export type EntryCollection = (typeof entryCollections)[number];

/** A checked pointer to another entry, as Astro's `reference()` produces it. */
export interface EntryRef<C extends EntryCollection = EntryCollection> {
  collection: C;
  id: string;
}

/**
 * Builds the schema of a reference to one collection. Inside Astro this is `reference()`;
 * `binder check` and the redact pass supply their own, which checks the id against the sources.
 * Either way the value is written as the other entry's id (its file name): `iom`.
 */
export type RefFactory = <C extends EntryCollection>(collection: C) => z.ZodType<EntryRef<C>, unknown>;

/**
 * A reference that the public edition may have replaced by a marker, because the entry it
 * pointed to is withheld: the reader sees "[REDACTED]", never the withheld entry's name.
 */
export function entryRef<C extends EntryCollection>(ref: RefFactory, collection: C) {
  return z.union([redactedValue, ref(collection)]);
}

/**
 * A reference to a forum or an organisation: `{ stakeholder: iom }` or `{ forum: igc }`; or a
 * group that is no entry, named in each language: `{ group: { en: …, fr: … } }`.
 */
export function bodyRef(ref: RefFactory) {
  return z.union([
    redactedValue,
    z.strictObject({ /** An organisation's id. */ stakeholder: ref('stakeholders') }).transform((v) => v.stakeholder),
    z.strictObject({ /** A forum's id. */ forum: ref('forums') }).transform((v) => v.forum),
    // A recipient group that is no entry ("Resettlement Assistance Program service providers"), redactable.
    z.strictObject({ /** A group's name in each language. */ group: redactable(localizedText) }),
  ]);
}
