/**
 * The anchors of an entry's page, computed once per page and language and shared by the parts
 * that draw it: MdxBody.astro gives the briefing components their ids, the views give their own
 * sections theirs, and the page's "On this page" list links to all of them.
 */
import type { Lang } from '../../schemas/localized.ts';
import { loadStore, renderBody, type AnyEntry, type Store } from '../../site/store.ts';
import { entryStrings } from '../entries/strings.ts';
import { viewSections, type ViewSection } from '../entries/view-sections.ts';
import { anchorOf, uniqueAnchors } from './anchors.ts';
import { emptyOutline, outlineOf, type BodyOutline, type ContentsEntry } from './outline.ts';

export interface EntryAnchors {
  body: BodyOutline;
  /** The id of each section the view draws around the body. */
  sections: Partial<Record<ViewSection, string>>;
  /** The page's "On this page" list, in page order. */
  contents: ContentsEntry[];
}

/** The outline of one entry's body in one language (empty when the entry has no body). */
async function outlineIn(store: Store, key: string, lang: Lang): Promise<BodyOutline> {
  const body = store.bodies.get(key);
  return body ? outlineOf(await renderBody(body), lang) : emptyOutline;
}

// Per store, and kept only while the body's outline is the same: the dev server loads a new store
// when content changes, and a body's module may change without it.
const anchors = new WeakMap<Store, Map<string, EntryAnchors>>();

export async function loadEntryAnchors(entry: AnyEntry, lang: Lang): Promise<EntryAnchors> {
  const store = await loadStore();
  const key = `${entry.collection}/${entry.id}.${lang}`;
  const body = await outlineIn(store, key, lang);
  let own = anchors.get(store);
  if (!own) anchors.set(store, (own = new Map<string, EntryAnchors>()));
  let found = own.get(key);
  if (found?.body !== body) own.set(key, (found = anchorsOf(store, entry, lang, body)));
  return found;
}

function anchorsOf(store: Store, entry: AnyEntry, lang: Lang, body: BodyOutline): EntryAnchors {
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
