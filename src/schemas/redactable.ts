import { z } from 'astro/zod';
import { markerList, redactedValue } from './redacted.ts';

/**
 * A value that editors may withhold from the public edition:
 * write the plain value, or `{ redact: <marker id>, value: <the value> }`.
 * The internal edition shows the value marked with its basis; the public edition sees only the marker.
 */
export function redactable<T extends z.ZodType>(schema: T) {
  return z.union([
    redactedValue,
    z.strictObject({
      /** The marker id(s) giving the legal basis, e.g. `atia-15-1`. */
      redact: markerList,
      /** The withheld value, shown in the internal edition only. */
      value: schema,
    }),
    schema,
  ]);
}

/** The three shapes a redactable value takes after validation. */
export type Redactable<T> = T | { redact: string[]; value: T } | { redacted: string[] };
