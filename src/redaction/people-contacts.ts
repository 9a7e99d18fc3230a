/**
 * A person's contact details are personal information: the redact pass withholds every contact
 * that does not say `public: true` (an office's general line), as if the editor had written
 * `{ redact: atia-19-1, value: … }`. The rest of the pass then treats it as any redacted field:
 * counted in the register, a marker in the public copy, shown with its basis in the internal one.
 */
import { defaultContactMarker } from '../schemas/person.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { yamlReporter, type YamlSource } from './yaml-source.ts';

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

/**
 * A contact withheld by default needs the default marker in the registry, or it could not be
 * labelled with its basis: reported at the contact (the message names the marker, never the value).
 */
export function checkContactMarker(collection: string, yaml: YamlSource, markers: ReadonlySet<string>, diagnostics: Diagnostic[]) {
  if (collection !== 'people' || markers.has(defaultContactMarker)) return;
  const data = yaml.data as Record<string, unknown> | null;
  const contacts = data && Array.isArray(data['contact']) ? (data['contact'] as unknown[]) : [];
  const report = yamlReporter(yaml, diagnostics);
  contacts.forEach((contact, i) => {
    if (withheldByDefault(contact) !== contact) report(['contact', i], 'contact-marker-missing', { marker: defaultContactMarker });
  });
}
