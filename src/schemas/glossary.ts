import { z } from 'astro/zod';
import { localizedText } from './localized.ts';

/**
 * Terms of the binder that are not entries of their own: `content/glossary.yaml`. Acronyms of
 * forums, organisations and programs come from their entries and need not be repeated here.
 */
export const glossarySchema = z.strictObject({
  /** The terms, each in both languages: `{ term: { en: PACP, fr: CPCP }, meaning: { en: …, fr: … } }`. */
  terms: z
    .array(
      z.strictObject({
        /** The acronym or short form as it appears in text, in each language. */
        term: localizedText,
        /** What it stands for, in each language. */
        meaning: localizedText,
      }),
    )
    .default([]),
});
export type Glossary = z.output<typeof glossarySchema>;
