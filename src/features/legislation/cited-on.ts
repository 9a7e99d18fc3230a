/**
 * Where each act is cited: the pages whose body (in this edition's copy, so without redacted
 * passages) holds a `<Cite act="…">`, in one language. Derived, never typed by editors.
 */
import type { Lang } from '../../schemas/localized.ts';

export interface CitingPage {
  collection: string;
  id: string;
}

/** `bodies`: the copy's bodies by id (`forums/igc.en`) with the acts each cites (bodies-loader.ts). Pages in body order, each once. */
export function citedOn(bodies: Iterable<{ id: string; data: { acts: readonly string[] } }>, lang: Lang): Map<string, CitingPage[]> {
  const pages = new Map<string, CitingPage[]>();
  for (const { id, data } of bodies) {
    const match = /^([^/]+)\/(.+)\.(en|fr)$/.exec(id);
    if (!match || match[3] !== lang) continue;
    const page = { collection: match[1]!, id: match[2]! };
    for (const act of data.acts) {
      const list = pages.get(act) ?? [];
      if (!list.some((p) => p.collection === page.collection && p.id === page.id)) list.push(page);
      pages.set(act, list);
    }
  }
  return pages;
}

/** The id of an act's entry on the legislation page. */
export const actAnchor = (act: string) => `act-${act}`;
