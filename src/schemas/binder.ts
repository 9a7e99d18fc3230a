import { z } from 'astro/zod';
import { localizedText, languageSchema } from './localized.ts';
import { classification } from './classification.ts';
import { partialDate } from './date.ts';

/**
 * The binder itself: `content/binder.yaml`.
 */
export const binderSchema = z.strictObject({
  /** The binder's title in each language. */
  title: localizedText,
  /** The department that prepared it, in each language. */
  department: localizedText,
  /** The department's short name in each language: `IRCC` / `IRCC`. */
  departmentShort: localizedText,
  /** The minister it is prepared for, by title, in each language: `Minister of Immigration, Refugees and Citizenship` / `ministre de l'Immigration, des Réfugiés et de la Citoyenneté`. */
  minister: localizedText,
  /** The day the binder is current as of; "upcoming" and "past" are relative to it. */
  asOf: partialDate.refine((d) => d.precision === 'day', 'asOf must be a day: YYYY-MM-DD'),
  /** The languages the binder is written in. Both official languages are required. */
  languages: z.array(languageSchema).default(['en', 'fr']),
  /** The highest classification of the binder as a whole (shown on the internal edition's cover). */
  classification: classification.default('unclassified'),
  /** The URL the public edition is served from, without the base path: `https://example.gc.ca`. */
  site: z.url().optional(),
  /** The path the site lives under, `/` or `/binder/`. The BINDER_BASE environment variable overrides it. */
  base: z
    .string()
    .regex(/^\/([\w.-]+\/)*$/, 'base is a path that starts and ends with "/": /binder/')
    .default('/'),
});
export type Binder = z.output<typeof binderSchema>;
