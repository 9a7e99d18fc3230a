/**
 * The binder's structure in content/binder.yaml, checked against the entries once they are loaded:
 * every note a part lists exists and is listed once, and a notice of the binder's own reads as a
 * notice when pasted. In the public edition, a withheld note is left out of its part silently.
 *
 * Logs are safe to publish: a "did you mean" draws on public ids only, and a note listed twice is
 * not named (it may be withheld).
 */
import { closest, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { formatPath } from '../diagnostics/zod-issues.ts';
import type { Binder } from '../schemas/binder.ts';
import { languages } from '../schemas/localized.ts';
import { literalMarkerSpans } from '../core/literal-markers.ts';
import { yamlReporter, type YamlSource } from './yaml-source.ts';

interface NoteIds {
  /** Every note's id. */
  all: ReadonlySet<string>;
  /** The ids of notes the public edition shows. */
  published: readonly string[];
}

/** The notes among the binder's entries (`withheld` holds `collection/id` keys). */
export function noteIds(entries: readonly { collection: string; id: string }[], withheld: ReadonlySet<string>): NoteIds {
  const notes = entries.filter((e) => e.collection === 'notes');
  return { all: new Set(notes.map((e) => e.id)), published: notes.filter((e) => !withheld.has(`notes/${e.id}`)).map((e) => e.id) };
}

export function checkBinderStructure(binder: { yaml: YamlSource; data: Binder }, notes: NoteIds, diagnostics: Diagnostic[]): void {
  const report = yamlReporter(binder.yaml, diagnostics);
  const listedIn = new Map<string, string>();
  (binder.data.parts ?? []).forEach((part, p) =>
    part.notes.forEach((id, n) => {
      const path = ['parts', p, 'notes', n];
      const first = listedIn.get(id);
      if (!notes.all.has(id)) {
        const suggestion = closest(id, notes.published);
        report(path, 'unknown-reference', { in: 'data', path: formatPath(path), noun: 'note', id, suggestion });
      } else if (first !== undefined) report(path, 'note-listed-twice', { path: formatPath(path), part: first });
      else listedIn.set(id, part.id);
    }),
  );
  const notice = binder.data.publicMarker?.notice;
  for (const lang of languages) {
    const path = ['publicMarker', 'notice', lang];
    if (notice && literalMarkerSpans(notice[lang]).length > 0) report(path, 'notice-unrecognised', { path: formatPath(path) });
  }
}

/**
 * The binder as an edition's copy holds it: in the public edition (`withheld` given, its keys
 * `collection/id`), its parts without the withheld notes, which are never named.
 */
export function binderForEdition(data: unknown, withheld: ReadonlyMap<string, unknown> | undefined): Record<string, unknown> {
  const record = { ...(data as Record<string, unknown>) };
  const parts = record['parts'];
  if (!withheld || !Array.isArray(parts)) return record;
  const shown = (id: unknown) => typeof id !== 'string' || !withheld.has(`notes/${id}`);
  return {
    ...record,
    parts: parts.map((part: { notes?: unknown }) => ({
      ...part,
      notes: Array.isArray(part.notes) ? part.notes.filter(shown) : part.notes,
    })),
  };
}
