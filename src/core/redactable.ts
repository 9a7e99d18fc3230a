/**
 * Reading a redactable value: plain, shown with its basis (internal edition), or replaced by
 * markers (public edition). Templates branch on `state` and never touch a withheld value
 * in the public edition, because the redact pass has already removed it from the data.
 */
import type { Redactable } from '../schemas/redactable.ts';
import type { Lang, LocalizedText } from '../schemas/localized.ts';
import { withMarkerText } from './literal-markers.ts';

/**
 * `redacted` with `unrecorded`: the internal edition's view of `{ redact }` without a value (the
 * sources do not hold it); in the public edition the redact pass has made it a plain `redacted`.
 */
export type Unwrapped<T> =
  | { state: 'plain'; value: T }
  | { state: 'shown'; value: T; markers: string[] }
  | { state: 'redacted'; markers: string[]; unrecorded?: true };

export function unwrap<T>(item: Redactable<T>): Unwrapped<T> {
  if (item && typeof item === 'object' && 'redacted' in item && Array.isArray(item.redacted)) {
    return { state: 'redacted', markers: item.redacted };
  }
  if (item && typeof item === 'object' && 'redact' in item && Array.isArray(item.redact)) {
    const value = (item as { value?: T }).value;
    if (value === undefined) return { state: 'redacted', markers: item.redact, unrecorded: true };
    return { state: 'shown', value, markers: item.redact };
  }
  return { state: 'plain', value: item as T };
}

/** The value, or undefined when the public edition withheld it. */
export function valueOf<T>(item: Redactable<T> | undefined): T | undefined {
  if (item === undefined) return undefined;
  const u = unwrap(item);
  return u.state === 'redacted' ? undefined : u.value;
}

/**
 * Text for places that cannot hold markup (`<title>`, meta description): nothing when withheld,
 * and a literal marker written as the page's language writes it ("[REDACTED]", "[CAVIARDÉ]").
 */
export function plainText(item: Redactable<LocalizedText> | undefined, lang: Lang): string | undefined {
  const value = valueOf(item);
  return value === undefined ? undefined : withMarkerText(value[lang], lang);
}
