/**
 * A person's title may be redacted on its own (an acting or covert role) when the person is
 * named: the public edition then shows the name and a marker where the title was. A position (no
 * name, or a name the public edition withholds) is known by its titles alone, so a redacted title
 * there would leave a page, a link and a heading with nothing to name them by: refused, at the
 * title (the message never quotes it). Withholding the whole entry is the way to hide a position.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { yamlReporter, type YamlSource } from './yaml-source.ts';

const isRedactedForm = (value: unknown) => !!value && typeof value === 'object' && ('redact' in value || 'redacted' in value);

/** Reports every redacted title of a person without a published name (people only; `data` as the schema parsed it). */
export function checkPersonTitles(collection: string, yaml: YamlSource, data: unknown, diagnostics: Diagnostic[]): void {
  if (collection !== 'people' || !data || typeof data !== 'object') return;
  const person = data as { name?: unknown; titles?: unknown };
  if (person.name !== undefined && !isRedactedForm(person.name)) return;
  const titles = Array.isArray(person.titles) ? (person.titles as { title?: unknown }[]) : [];
  const report = yamlReporter(yaml, diagnostics);
  const position = person.name === undefined ? 'no-name' : 'name-redacted';
  titles.forEach((t, i) => {
    if (isRedactedForm(t?.title)) report(['titles', i, 'title'], 'position-title-redacted', { position });
  });
}
