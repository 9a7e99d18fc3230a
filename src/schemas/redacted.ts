import { z } from 'astro/zod';

/** A redaction marker id as editors cite it: lower case, digits and hyphens, e.g. `atia-15-1`. */
export const markerId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a marker id is lower case letters, digits and hyphens, e.g. atia-15-1');

/** One marker id, or several separated by spaces or commas: `atia-15-1 pa-19-1`. */
export const markerList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : value.split(/[\s,]+/).filter(Boolean)))
  .pipe(z.array(markerId).min(1, 'name at least one marker, e.g. atia-15-1'));

/**
 * What the public edition's redact pass leaves where a value was: the markers only.
 * Editors never write this form; the redact pass produces it.
 */
export const redactedValue = z.strictObject({
  /** The markers whose basis removed the value. */
  redacted: z.array(markerId).min(1),
});
export type RedactedValue = z.output<typeof redactedValue>;

/** True when a value was removed by the public edition's redact pass. */
export function isRedacted(value: unknown): value is RedactedValue {
  return typeof value === 'object' && value !== null && 'redacted' in value;
}
