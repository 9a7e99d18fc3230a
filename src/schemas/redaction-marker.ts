import { z } from 'astro/zod';
import { localizedText } from './localized.ts';

/**
 * A redaction marker: the legal basis on which a passage is withheld from the public edition.
 * Editors cite it by id (its file name) in `<Redact marker="...">` and in `redact:` fields.
 */
export const redactionMarkerSchema = z.strictObject({
  /** The statute: `atia` (Access to Information Act), `privacy-act`, or `none` for unspecified. */
  statute: z.enum(['atia', 'privacy-act', 'none']),
  /** The section relied on, as cited: `15(1)`, `21(1)(a)`, `19(1)`. Empty for the unspecified marker. */
  section: z.string().default(''),
  /** The short basis shown next to "[REDACTED]": `s.15(1) ATIA` / `par. 15(1) LAI`. */
  label: localizedText,
  /** What the exemption protects, read in full by screen readers and shown on the register page. */
  description: localizedText,
  /** The editions in which the withheld text is shown. The public edition never reveals it. */
  revealIn: z.array(z.literal('internal')).default(['internal']),
});
export type RedactionMarker = z.output<typeof redactionMarkerSchema>;
