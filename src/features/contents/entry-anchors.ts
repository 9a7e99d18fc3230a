/**
 * The anchors of an entry's page, computed once per page and language and shared by the parts
 * that draw it: MdxBody.astro gives the briefing components their ids, the views give their own
 * sections theirs, and the page's "On this page" list links to all of them.
 */
import type { Lang } from '../../schemas/localized.ts';
import type { EntryCollection } from '../../schemas/reference.ts';
import { loadStore, renderBody, type AnyEntry, type Store } from '../../site/store.ts';
import { entryStrings } from '../entries/strings.ts';
import { viewSections, type ViewSection } from '../entries/view-sections.ts';
import { anchorOf, uniqueAnchors } from './anchors.ts';
import { bodyOutline, emptyOutline, type BodyOutline, type ContentsEntry } from './outline.ts';

export interface EntryAnchors {
  body: BodyOutline;
  /** The id of each section the view draws around the body. */
  sections: Partial<Record<ViewSection, string>>;
  /** The page's "On this page" list, in page order. */
  contents: ContentsEntry[];
}

// Per store: the dev server loads a new store when content changes, and its pages must not be
// given the headings of the store before.
const caches = new WeakMap<Store, { outlines: Map<string, Promise<BodyOutline>>; anchors: Map<string, Promise<EntryAnchors>> }>();
async function cachesOf(): Promise<{
  store: Store;
  outlines: Map<string, Promise<BodyOutline>>;
  anchors: Map<string, Promise<EntryAnchors>>;
}> {
  const store = await loadStore();
  let own = caches.get(store);
  if (!own) caches.set(store, (own = { outlines: new Map(), anchors: new Map() }));
  return { store, ...own };
}

/** The outline of one entry's body in one language (empty when the entry has no body). */
export async function loadBodyOutline(collection: EntryCollection, id: string, lang: Lang): Promise<BodyOutline> {
  const { store, outlines } = await cachesOf();
  const key = `${collection}/${id}.${lang}`;
  let outline = outlines.get(key);
  if (!outline) outlines.set(key, (outline = readOutline(store, key, lang)));
  return outline;
}

async function readOutline(store: Store, key: string, lang: Lang): Promise<BodyOutline> {
  const body = store.bodies.get(key);
  if (!body) return emptyOutline;
  const { headings } = await renderBody(body);
  return bodyOutline(body.body ?? '', headings, lang);
}

export async function loadEntryAnchors(entry: AnyEntry, lang: Lang): Promise<EntryAnchors> {
  const { store, anchors } = await cachesOf();
  const key = `${entry.collection}/${entry.id}.${lang}`;
  let found = anchors.get(key);
  if (!found) anchors.set(key, (found = readAnchors(store, entry, lang)));
  return found;
}

async function readAnchors(store: Store, entry: AnyEntry, lang: Lang): Promise<EntryAnchors> {
  const body = await loadBodyOutline(entry.collection, entry.id, lang);
  const { before, after } = viewSections(entry, store);
  const labels = entryStrings[lang].fields;
  const unique = uniqueAnchors(body.ids);
  const sections: EntryAnchors['sections'] = {};
  const drawn = (list: ViewSection[]): ContentsEntry[] =>
    list.map((section) => {
      const id = (sections[section] = unique(anchorOf(labels[section])));
      return { id, text: labels[section], depth: 2 };
    });
  // Sections before the body take their ids first, but the body's ids were reserved already.
  const first = drawn(before);
  return { body, sections, contents: [...first, ...body.entries, ...drawn(after)] };
}
