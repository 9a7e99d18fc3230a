/**
 * Where each act is cited: the pages whose body (in this edition's copy, so without redacted
 * passages) holds a `<Cite act="…">`, in one language. Derived, never typed by editors.
 */
import type { Lang } from '../../schemas/localized.ts';

export interface CitingPage {
  collection: string;
  id: string;
}

const citePattern = /<Cite\b[^>]*?\bact="([^"]+)"/g;

/** `bodies`: the copy's bodies by id (`forums/igc.en`) with their text. Pages in body order, each once. */
export function citedOn(bodies: Iterable<{ id: string; body?: string | undefined }>, lang: Lang): Map<string, CitingPage[]> {
  const pages = new Map<string, CitingPage[]>();
  for (const { id, body } of bodies) {
    const match = /^([^/]+)\/(.+)\.(en|fr)$/.exec(id);
    if (!match || match[3] !== lang || !body) continue;
    const page = { collection: match[1]!, id: match[2]! };
    for (const [, act] of body.matchAll(citePattern)) {
      const list = pages.get(act!) ?? [];
      if (!list.some((p) => p.collection === page.collection && p.id === page.id)) list.push(page);
      pages.set(act!, list);
    }
  }
  return pages;
}

/** The id of an act's entry on the legislation page. */
export const actAnchor = (act: string) => `act-${act}`;
