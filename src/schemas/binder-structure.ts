import { z } from 'astro/zod';
import { localizedText } from './localized.ts';

/**
 * A part of the binder, in the order of the paper binder: its tab's title and its notes in order.
 * Written in `content/binder.yaml` under `parts:`.
 */
export const binderPartSchema = z.strictObject({
  /** The part's id: lower case letters, digits and hyphens, `logistics` (its anchor in the printable binder). */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a part id is lower case letters, digits and hyphens: logistics'),
  /** The part's title in each language, as on the paper binder's tab. */
  title: localizedText,
  /** The ids of the notes in this part, in order. A note is listed in one part at most. */
  notes: z.array(z.string()).default([]),
});
export type BinderPart = z.output<typeof binderPartSchema>;

/** The literal marker forms a binder's own marker text may take (each is recognised in pasted text). */
const markerForm = /^\[\s*(?:redacted|caviardé|caviarde|\*)\s*\]$/iu;
const markerFormMessage = 'write one of the marker forms departments publish: [REDACTED], [Redacted], [CAVIARDÉ], [Caviardé] or [ * ]';

/**
 * How the public edition marks withheld text, as the department publishes it: PCO writes `[ * ]`,
 * IRCC `[REDACTED]` / `[CAVIARDÉ]` (the default).
 */
export const publicMarkerSchema = z.strictObject({
  /** The marker text in each language: `{ en: "[ * ]", fr: "[ * ]" }`. One of the forms pasted text is read in. */
  text: z.strictObject({
    /** The English marker text: `[REDACTED]`, `[Redacted]` or `[ * ]`. */
    en: z.string().regex(markerForm, markerFormMessage),
    /** The French marker text: `[CAVIARDÉ]`, `[Caviardé]` or `[ * ]`. */
    fr: z.string().regex(markerForm, markerFormMessage),
  }),
  /** The notice a page with redactions opens with, in each language; by default the standard notice with this marker text. */
  notice: localizedText.optional(),
});
export type PublicMarker = z.output<typeof publicMarkerSchema>;
