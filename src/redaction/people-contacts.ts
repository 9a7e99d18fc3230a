/**
 * A person's contact details are personal information: the redact pass withholds every contact
 * that does not say `public: true` (an office's general line), as if the editor had written
 * `{ redact: atia-19-1, value: … }`. The rest of the pass then treats it as any redacted field:
 * counted in the register, a marker in the public copy, shown with its basis in the internal one.
 */
import { defaultContactMarker } from '../schemas/person.ts';

/** The entry's raw data with its contacts withheld by default (people only; others as they are). */
export function withContactsWithheld(collection: string, data: unknown): unknown {
  if (collection !== 'people' || !data || typeof data !== 'object') return data;
  const record = data as Record<string, unknown>;
  if (!Array.isArray(record['contact'])) return data;
  return { ...record, contact: record['contact'].map(withheldByDefault) };
}

function withheldByDefault(item: unknown): unknown {
  if (!item || typeof item !== 'object') return item;
  const contact = item as Record<string, unknown>;
  if ('redact' in contact || contact['public'] === true) return item;
  return { redact: [defaultContactMarker], value: item };
}
