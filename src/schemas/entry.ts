import { z } from 'astro/zod';
import { classification } from './classification.ts';
import { markerList } from './redacted.ts';
import { localizedText } from './localized.ts';
import { redactable } from './redactable.ts';
import { topic } from './topic.ts';

/**
 * Fields every binder entry has, whatever its collection.
 */
export const entryFields = {
  /** Security level of the entry. Anything above `unclassified` is withheld from the public edition. */
  classification: classification.default('unclassified'),
  /** Withhold the whole entry from the public edition under these markers, e.g. `atia-21-1-a`. */
  redact: markerList.optional(),
  /** A one- or two-sentence summary in both languages: cards, search excerpts, meta description. */
  summary: redactable(localizedText),
  /** Topics for the search page's filter, from Binder's vocabulary (src/schemas/topic.ts): `refugees`, `five-eyes`. */
  tags: z.array(topic).default([]),
  /** Overrides the "Date modified" that Binder reads from git history (YYYY-MM-DD). */
  modified: z.iso.date().optional(),
};
