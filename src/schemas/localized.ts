import { z } from 'astro/zod';

/** The two official languages every binder is written in, in display order. */
export const languages = ['en', 'fr'] as const;
export const languageSchema = z.enum(languages);
export type Lang = z.output<typeof languageSchema>;

const nonEmpty = z.string().trim().min(1, 'must not be empty');

/**
 * Text that exists in both official languages, written once per language in the same file:
 * `{ en: "Migration Five", fr: "Groupe des cinq pour les migrations" }`.
 * A missing language is an error: a French page never falls back to English.
 */
export const localizedText = z.strictObject({
  /** The English text. */
  en: nonEmpty,
  /** The French text (French typography: « », non-breaking spaces before : ; ! ?). */
  fr: nonEmpty,
});
export type LocalizedText = z.output<typeof localizedText>;
