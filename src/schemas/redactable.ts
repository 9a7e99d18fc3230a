import { z } from 'astro/zod';
import { markerList, redactedValue } from './redacted.ts';

/**
 * A value that editors may withhold from the public edition:
 * write the plain value, or `{ redact: <marker id>, value: <the value> }`, or `{ redact: <marker id> }`
 * alone when the value is withheld and not recorded (no need to invent one).
 * The internal edition shows the value marked with its basis ("withheld (value not recorded)" when
 * there is none); the public edition sees only the marker.
 */
export function redactable<T extends z.ZodType>(schema: T) {
  return z.union([
    redactedValue,
    z.strictObject({
      /** The marker id(s) giving the legal basis, e.g. `atia-15-1`. */
      redact: markerList,
      /**
       * The withheld value, shown in the internal edition only. Leave it out when the value is not
       * recorded (one branch, not two, so that a mistake in a value is reported inside it).
       */
      value: schema.optional(),
    }),
    schema,
  ]);
}

/** The shapes a redactable value takes after validation (`{ redact }` alone: withheld, not recorded). */
export type Redactable<T> = T | { redact: string[]; value?: T | undefined } | { redacted: string[] };
