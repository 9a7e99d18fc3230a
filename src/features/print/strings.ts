/** Interface strings of the printable binder and its PDF, in both languages. */
import type { Lang } from '../../schemas/localized.ts';

const en = {
  contents: 'Contents',
  page: 'Page',
  internalEdition: 'Internal edition',
  publicEdition: 'Public edition',
};

export type PrintStrings = typeof en;

const fr: PrintStrings = {
  contents: 'Table des matières',
  page: 'Page',
  internalEdition: 'Édition interne',
  publicEdition: 'Édition publique',
};

export const printStrings: Record<Lang, PrintStrings> = { en, fr };
