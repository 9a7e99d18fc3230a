/**
 * The words of redaction and of security markings, in both languages: the marker text, the
 * notices and banners of each edition, and the classification levels as named and as printed.
 * The leak audit reads these too (they are public by nature), so they stay in src/site/i18n/.
 */
import type { Lang } from '../../schemas/localized.ts';
import { markerText } from '../../core/literal-markers.ts';

const en = {
  classifications: {
    unclassified: 'Unclassified',
    'protected-a': 'Protected A',
    'protected-b': 'Protected B',
    'protected-c': 'Protected C',
    confidential: 'Confidential',
    secret: 'Secret',
  },
  /** Markings as printed at the top and bottom of each page and on the cover, in capitals as on GC documents. */
  markings: {
    unclassified: 'UNCLASSIFIED',
    'protected-a': 'PROTECTED A',
    'protected-b': 'PROTECTED B',
    'protected-c': 'PROTECTED C',
    confidential: 'CONFIDENTIAL',
    secret: 'SECRET',
  },
  /** The printable binder's screen banner: the highest level in it. */
  highestBanner: (level: string) =>
    `${level}: the highest classification in this binder. Each printed page carries the marking of the entry on it.`,
  /** A classified entry's page. */
  classifiedBanner: (level: string) => `${level}: withheld from the public edition`,
  /** A page that lists entries of several levels (home, sections, calendar, map...), internal edition. */
  listingBanner: (level: string) => `${level}: the highest classification in this binder, whose entries this page lists.`,
  internalBanner: 'Internal: not for release',
  internalBannerDetail: 'This edition shows passages that the public edition withholds, marked with their legal basis.',
  /** What the public edition shows in place of withheld text (and of a literal marker in a name). */
  redacted: markerText.en,
  withheldShown: 'Withheld from the public edition under',
  /** The internal edition's text for a value withheld and not recorded in the sources (`{ redact }` without `value`). */
  notRecorded: 'withheld (value not recorded)',
  redactionNotice:
    '[REDACTED] appears where sensitive information has been removed in accordance with the Access to Information Act and the Privacy Act.',
};

export type MarkingStrings = typeof en;

const fr: MarkingStrings = {
  classifications: {
    unclassified: 'Non classifié',
    'protected-a': 'Protégé A',
    'protected-b': 'Protégé B',
    'protected-c': 'Protégé C',
    confidential: 'Confidentiel',
    secret: 'Secret',
  },
  markings: {
    unclassified: 'NON CLASSIFIÉ',
    'protected-a': 'PROTÉGÉ A',
    'protected-b': 'PROTÉGÉ B',
    'protected-c': 'PROTÉGÉ C',
    confidential: 'CONFIDENTIEL',
    secret: 'SECRET',
  },
  highestBanner: (level: string) =>
    `${level}\u00a0: la cote la plus élevée de ce cahier. Chaque page imprimée porte la cote de l’entrée qui y figure.`,
  classifiedBanner: (level: string) => `${level}\u00a0: soustrait à l’édition publique`,
  listingBanner: (level: string) => `${level}\u00a0: la cote la plus élevée de ce cahier, dont cette page présente les entrées.`,
  internalBanner: 'Usage interne\u00a0: ne pas diffuser',
  internalBannerDetail: 'Cette édition montre les passages que l’édition publique soustrait, avec leur fondement juridique.',
  redacted: markerText.fr,
  withheldShown: 'Soustrait à l’édition publique en vertu de',
  notRecorded: 'soustrait (valeur non consignée)',
  redactionNotice:
    'La mention [CAVIARDÉ] figure là où des renseignements de nature délicate ont été retirés conformément à la Loi sur l’accès à l’information et à la Loi sur la protection des renseignements personnels.',
};

export const markingStrings: Record<Lang, MarkingStrings> = { en, fr };
