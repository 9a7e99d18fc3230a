/**
 * A program's recipient: an entry (a forum or an organisation), a group that is no entry
 * (`{ group: { en, fr } }`, e.g. the service providers of a resettlement program), or a marker
 * where the public edition withholds the entry it named.
 */
import type { LocalizedText } from '../../schemas/localized.ts';
import type { Redactable } from '../../schemas/redactable.ts';
import type { EntryRef } from '../../schemas/reference.ts';
import type { RedactedValue } from '../../schemas/redacted.ts';

export type RecipientGroup = { group: Redactable<LocalizedText> };
export type Recipient = EntryRef | RedactedValue | RecipientGroup;

/** True for a recipient group that is no entry. */
export function isGroup(to: unknown): to is RecipientGroup {
  return typeof to === 'object' && to !== null && 'group' in to;
}
