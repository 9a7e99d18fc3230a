/**
 * The shape of an "On this page" list: shown only on a page with at least three headings to go
 * to, level-3 headings nested under the level-2 heading before them.
 */
import type { ContentsEntry } from './outline.ts';

/** Fewer headings than this and a page is short enough to read without a list of them. */
export const minimumEntries = 3;

export interface ContentsItem {
  entry: ContentsEntry;
  children: ContentsEntry[];
}

/** The list's items, or none when the page is too short to need one. */
export function contentsItems(entries: readonly ContentsEntry[]): ContentsItem[] {
  if (entries.length < minimumEntries) return [];
  const items: ContentsItem[] = [];
  for (const entry of entries) {
    const parent = items.at(-1);
    if (entry.depth === 3 && parent) parent.children.push(entry);
    else items.push({ entry, children: [] });
  }
  return items;
}

/** Whether a page with these entries shows an "On this page" list (and so fills the layout's aside). */
export function showsContents(entries: readonly ContentsEntry[]): boolean {
  return contentsItems(entries).length > 0;
}
