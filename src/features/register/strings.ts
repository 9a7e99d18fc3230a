/** Interface strings of the redaction register (/en/redactions/, /fr/caviardages/), in both languages. */
import type { Lang } from '../../schemas/localized.ts';

const en = {
  title: 'Redaction register',
  intro:
    'How many passages each page withholds from the public edition, and under which provision. The register never shows what was withheld.',
  page: 'Page',
  total: 'Total',
  withheld: 'Entries withheld in full',
  statistics: 'Statistics with a withheld value or source',
  none: 'No passage is withheld.',
  marker: 'Provision',
};

export type RegisterStrings = typeof en;

const fr: RegisterStrings = {
  title: 'Registre des caviardages',
  intro:
    'Le nombre de passages que chaque page soustrait à l’édition publique, et la disposition invoquée. Le registre ne montre jamais ce qui a été soustrait.',
  page: 'Page',
  total: 'Total',
  withheld: 'Entrées soustraites en entier',
  statistics: 'Statistiques dont la valeur ou la source est soustraite',
  none: 'Aucun passage n’est soustrait.',
  marker: 'Disposition',
};

export const registerStrings: Record<Lang, RegisterStrings> = { en, fr };
