/** Interface strings of legislation: citations and the "Legislation and authorities" page, in both languages. */
import type { Lang } from '../../schemas/localized.ts';
import type { LegislationKind } from '../../schemas/legislation.ts';

const en = {
  title: 'Legislation and authorities',
  intro: 'The acts, regulations, conventions and agreements this binder cites, and the pages that cite them.',
  citedOn: 'Pages that cite it',
  notCited: 'No page of this edition cites it.',
  readText: 'Read the text',
  citationLabel: 'Citation:',
  /** Before a provision, at each level (Justice Canada: "s." at every level in English). */
  levels: { section: 's.', subsection: 's.', paragraph: 's.', subparagraph: 's.', clause: 's.' },
  article: 'art.',
  kinds: {
    act: 'Act',
    regulation: 'Regulation',
    convention: 'Convention',
    agreement: 'Agreement',
    bill: 'Bill',
    order: 'Order',
  } satisfies Record<LegislationKind, string>,
  kindHeading: {
    act: 'Acts',
    regulation: 'Regulations',
    convention: 'Conventions',
    agreement: 'Agreements',
    bill: 'Bills',
    order: 'Orders',
  } satisfies Record<LegislationKind, string>,
};

export type LegislationStrings = typeof en;

const fr: LegislationStrings = {
  title: 'Lois et autorisations',
  intro: 'Les lois, règlements, conventions et accords que cite ce cahier, et les pages qui les citent.',
  citedOn: 'Pages qui y font référence',
  notCited: 'Aucune page de cette édition n’y fait référence.',
  readText: 'Lire le texte',
  citationLabel: 'Référence\u00a0:',
  // Justice Canada: article, paragraphe, alinéa, sous-alinéa, division.
  levels: { section: 'art.', subsection: 'par.', paragraph: 'al.', subparagraph: 'sous-al.', clause: 'div.' },
  article: 'art.',
  kinds: {
    act: 'Loi',
    regulation: 'Règlement',
    convention: 'Convention',
    agreement: 'Accord',
    bill: 'Projet de loi',
    order: 'Décret',
  },
  kindHeading: {
    act: 'Lois',
    regulation: 'Règlements',
    convention: 'Conventions',
    agreement: 'Accords',
    bill: 'Projets de loi',
    order: 'Décrets',
  },
};

export const legislationStrings: Record<Lang, LegislationStrings> = { en, fr };
