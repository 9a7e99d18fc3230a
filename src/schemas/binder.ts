import { z } from 'astro/zod';
import { localizedText, languageSchema } from './localized.ts';
import { classification } from './classification.ts';
import { partialDate } from './date.ts';
import { timeZone } from './time.ts';
import { binderPartSchema, publicMarkerSchema } from './binder-structure.ts';

/** The offices a binder is prepared for. */
export const preparedForRoles = ['minister', 'deputy-minister', 'clerk', 'other'] as const;
/** The gender a French title takes its article in. */
export const grammaticalGenders = ['feminine', 'masculine', 'unspecified'] as const;

/**
 * The binder itself: `content/binder.yaml`.
 */
export const binderSchema = z
  .strictObject({
    /** The binder's title in each language. */
    title: localizedText,
    /** The department that prepared it, in each language. */
    department: localizedText,
    /** The department's short name in each language: `IRCC` / `IRCC`. */
    departmentShort: localizedText,
    /**
     * Whom the binder is prepared for: the office, its title, and the gender of the French article,
     * so that the cover reads "Prepared for the Minister of …" / "Préparé pour la ministre de …".
     */
    preparedFor: z
      .strictObject({
        /** The kind of office: `minister`, `deputy-minister`, `clerk` (of the Privy Council) or `other`. */
        role: z.enum(preparedForRoles),
        /** The title without an article, in each language: `Minister of Immigration, Refugees and Citizenship` / `ministre de l’Immigration, des Réfugiés et de la Citoyenneté`. */
        title: localizedText,
        /** The French article's gender: `feminine` ("la ministre"), `masculine` ("le ministre") or `unspecified` ("la ou le ministre"). */
        gender: z.enum(grammaticalGenders).default('unspecified'),
      })
      .optional(),
    /** The older form of `preparedFor`: the minister's title alone, in each language (read as `preparedFor` with role `minister` and gender `unspecified`). */
    minister: localizedText.optional(),
    /** The day the binder is current as of; "upcoming" and "past" are relative to it. */
    asOf: partialDate.refine((d) => d.precision === 'day', 'asOf must be a day: YYYY-MM-DD'),
    /** The languages the binder is written in. Both official languages are required. */
    languages: z.array(languageSchema).default(['en', 'fr']),
    /** The IANA time zone of meeting times that do not name their own: `America/Toronto` (the capital's, by default). */
    timeZone: timeZone.default('America/Toronto'),
    /** The highest classification of the binder as a whole (shown on the internal edition's cover). */
    classification: classification.default('unclassified'),
    /** The URL the public edition is served from, without the base path: `https://example.gc.ca`. */
    site: z.url().optional(),
    /** The path the site lives under, `/` or `/binder/`. The BINDER_BASE environment variable overrides it. */
    base: z
      .string()
      .regex(/^\/([\w.-]+\/)*$/, 'base is a path that starts and ends with "/": /binder/')
      .default('/'),
    /**
     * What looks like personal information but is meant to be public, one value at a time: an
     * office's general line, a media relations address. `npm run check` and the public build do
     * not warn about these values (written as they appear, or in another spacing or case).
     */
    pii: z
      .strictObject({
        /** The values: `public: ["1-888-242-2100", "media@cic.gc.ca"]`. */
        public: z.array(z.string().trim().min(1, 'write the value itself, e.g. "1-888-242-2100"')).default([]),
      })
      .optional(),
    /**
     * The parts of the binder in the order of the paper binder, each with its notes in order: the
     * notes index, the printable binder's tabs and the PDF's bookmarks follow them. Notes in no part
     * come last, under "Other notes". Without parts, notes go by their `order`.
     */
    parts: z
      .array(binderPartSchema)
      .refine((parts) => new Set(parts.map((p) => p.id)).size === parts.length, 'each part needs an id of its own')
      .optional(),
    /** How the public edition marks withheld text: `{ text: { en: "[ * ]", fr: "[ * ]" } }` (default "[REDACTED]" / "[CAVIARDÉ]"). */
    publicMarker: publicMarkerSchema.optional(),
    /** How statistics are checked: `{ maxAgeMonths: 24 }` warns about a statistic whose as-of period ended more than 24 months before the binder's `asOf`. */
    statistics: z
      .strictObject({
        /** The most months a statistic's as-of period may end before the binder's `asOf` without a warning. */
        maxAgeMonths: z.number().int().positive(),
      })
      .optional(),
  })
  .refine((binder) => binder.preparedFor ?? binder.minister, {
    message: 'say whom the binder is prepared for: preparedFor: { role: minister, title: { en: …, fr: … }, gender: feminine }',
    path: ['preparedFor'],
  });
export type Binder = z.output<typeof binderSchema>;

/** Whom the binder is prepared for, the older `minister` field read as `preparedFor`. */
export function preparedFor(binder: Binder): NonNullable<Binder['preparedFor']> {
  if (binder.preparedFor) return binder.preparedFor;
  // The schema's refine guarantees one of the two.
  return { role: 'minister', title: binder.minister!, gender: 'unspecified' };
}
