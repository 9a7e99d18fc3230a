/**
 * Interface strings of the "On this page" list, in both languages.
 */
import type { Lang } from '../../schemas/localized.ts';

const en = {
  /** The label of the list of a page's sections (a <nav>'s name and its visible heading). */
  onThisPage: 'On this page',
};

export type ContentsStrings = typeof en;

const fr: ContentsStrings = {
  onThisPage: 'Sur cette page',
};

export const contentsStrings: Record<Lang, ContentsStrings> = { en, fr };
