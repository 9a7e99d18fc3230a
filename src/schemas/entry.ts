import { z } from 'astro/zod';
import { classification } from './classification.ts';
import { markerList } from './redacted.ts';
import { localizedText } from './localized.ts';
import { redactable } from './redactable.ts';

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
  /** Free keywords for search filters, lower case: `refugees`, `five-eyes`. */
  tags: z.array(z.string().regex(/^[a-z0-9-]+$/, 'tags are lower case words joined by hyphens')).default([]),
  /** Overrides the "Date modified" that Binder reads from git history (YYYY-MM-DD). */
  modified: z.iso.date().optional(),
};
