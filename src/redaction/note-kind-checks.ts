/**
 * What a note's schema cannot check alone, because it needs the other entries: a committee
 * appearance's `committee` is an organisation of kind `parliamentary-committee`. The message
 * names neither the organisation nor its id: it may be withheld from the public edition.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { yamlReporter } from './yaml-source.ts';
import type { EntrySource } from './load.ts';

export function checkNoteKinds(entries: readonly EntrySource[], diagnostics: Diagnostic[]): void {
  const kinds = new Map(entries.filter((e) => e.collection === 'stakeholders').map((e) => [e.id, e.data['kind']]));
  for (const entry of entries) {
    if (entry.collection !== 'notes' || entry.data['kind'] !== 'committee-appearance') continue;
    const committee = entry.data['committee'] as { collection?: string; id?: string } | undefined;
    if (committee?.collection !== 'stakeholders' || committee.id === undefined) continue;
    const kind = kinds.get(committee.id);
    if (kind === undefined || kind === 'parliamentary-committee') continue;
    yamlReporter(entry.yaml, diagnostics)(['committee'], 'committee-not-parliamentary', {
      kind: typeof kind === 'string' ? kind : 'unknown',
    });
  }
}
