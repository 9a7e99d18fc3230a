/**
 * How a redaction marker reads: the short basis shown on the page ("s.15(1) ATIA") and the
 * accessible name that reads it in full ("Redacted under section 15(1) of the Access to
 * Information Act"). Both come from the marker registry, in the page's language.
 */
import type { Lang } from '../schemas/localized.ts';
import type { RedactionMarker } from '../schemas/redaction-marker.ts';
import { formatList } from './format.ts';

interface MarkerWords {
  statutes: Record<RedactionMarker['statute'], string>;
  provision: (section: string, statute: string) => string;
  redactedUnder: (basis: string) => string;
  /** When no marker states a basis: "Redacted: basis not stated". */
  redactedWithout: (basis: string) => string;
}

/** How a marker's basis reads in full, in each language. */
const markerWords: Record<Lang, MarkerWords> = {
  en: {
    statutes: { atia: 'the Access to Information Act', 'privacy-act': 'the Privacy Act', none: '' },
    provision: (section: string, statute: string) => `section ${section} of ${statute}`,
    redactedUnder: (basis: string) => `Redacted under ${basis}`,
    redactedWithout: (basis: string) => `Redacted: ${basis}`,
  },
  fr: {
    statutes: {
      atia: 'la Loi sur l’accès à l’information',
      'privacy-act': 'la Loi sur la protection des renseignements personnels',
      none: '',
    },
    // French writes a paragraph "21(1)a)", not "21(1)(a)".
    provision: (section: string, statute: string) => `la disposition ${section.replace(/\(([a-z])\)/g, '$1)')} de ${statute}`,
    redactedUnder: (basis: string) => `Caviardé en vertu de ${basis}`,
    redactedWithout: (basis: string) => `Caviardé\u00a0: ${basis}`,
  },
};

export function markerLabel(markers: ReadonlyMap<string, RedactionMarker>, ids: readonly string[], lang: Lang): string {
  return ids.map((id) => markers.get(id)?.label[lang] ?? id).join(', ');
}

/** The basis in full, for screen readers and the register. */
export function markerFullName(marker: RedactionMarker, lang: Lang): string {
  if (marker.statute === 'none') return marker.label[lang];
  const words = markerWords[lang];
  return words.provision(marker.section, words.statutes[marker.statute]);
}

/** "Redacted under section 15(1) of the Access to Information Act" / "Caviardé : motif non précisé". */
export function markersAccessibleName(markers: ReadonlyMap<string, RedactionMarker>, ids: readonly string[], lang: Lang): string {
  const found = ids.map((id) => markers.get(id));
  const names = found.map((marker, i) => (marker ? markerFullName(marker, lang) : ids[i]!));
  const basis = formatList(names, lang);
  const unspecified = found.every((marker) => marker?.statute === 'none');
  return unspecified ? markerWords[lang].redactedWithout(basis) : markerWords[lang].redactedUnder(basis);
}
