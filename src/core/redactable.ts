/**
 * Reading a redactable value: plain, shown with its basis (internal edition), or replaced by
 * markers (public edition). Templates branch on `state` and never touch a withheld value
 * in the public edition, because the redact pass has already removed it from the data.
 */
import type { Redactable } from '../schemas/redactable.ts';

export type Unwrapped<T> =
  | { state: 'plain'; value: T }
  | { state: 'shown'; value: T; markers: string[] }
  | { state: 'redacted'; markers: string[] };

export function unwrap<T>(item: Redactable<T>): Unwrapped<T> {
  if (item && typeof item === 'object' && 'redacted' in item && Array.isArray(item.redacted)) {
    return { state: 'redacted', markers: item.redacted };
  }
  if (item && typeof item === 'object' && 'redact' in item && 'value' in item) {
    return { state: 'shown', value: item.value, markers: item.redact };
  }
  return { state: 'plain', value: item as T };
}

/** The value, or undefined when the public edition withheld it. */
export function valueOf<T>(item: Redactable<T> | undefined): T | undefined {
  if (item === undefined) return undefined;
  const u = unwrap(item);
  return u.state === 'redacted' ? undefined : u.value;
}

/** Text for places that cannot hold markup (`<title>`, meta description): nothing when withheld. */
export function plainText<T extends Record<string, string>>(item: Redactable<T> | undefined, lang: keyof T): string | undefined {
  const value = valueOf(item);
  return value?.[lang];
}
