/**
 * How a redaction marker reads: the short basis shown on the page ("s.15(1) ATIA") and the
 * accessible name that reads it in full ("Redacted under section 15(1) of the Access to
 * Information Act"). Both come from the marker registry, in the page's language.
 */
import type { Lang } from '../schemas/localized.ts';
import type { RedactionMarker } from '../schemas/redaction-marker.ts';
import { formatList } from './format.ts';

const statutes: Record<Lang, Record<RedactionMarker['statute'], string>> = {
  en: { atia: 'the Access to Information Act', 'privacy-act': 'the Privacy Act', none: '' },
  fr: { atia: 'la Loi sur l’accès à l’information', 'privacy-act': 'la Loi sur la protection des renseignements personnels', none: '' },
};

export function markerLabel(markers: ReadonlyMap<string, RedactionMarker>, ids: readonly string[], lang: Lang): string {
  return ids.map((id) => markers.get(id)?.label[lang] ?? id).join(', ');
}

/** The basis in full, for screen readers and the register. */
export function markerFullName(marker: RedactionMarker, lang: Lang): string {
  if (marker.statute === 'none') return marker.label[lang];
  return lang === 'fr'
    ? `la disposition ${marker.section.replace(/\(([a-z])\)/g, '$1)')} de ${statutes.fr[marker.statute]}`
    : `section ${marker.section} of ${statutes.en[marker.statute]}`;
}

/** "Redacted under section 15(1) of the Access to Information Act" / "Caviardé : motif non précisé". */
export function markersAccessibleName(markers: ReadonlyMap<string, RedactionMarker>, ids: readonly string[], lang: Lang): string {
  const found = ids.map((id) => markers.get(id));
  const names = found.map((marker, i) => (marker ? markerFullName(marker, lang) : ids[i]!));
  const basis = formatList(names, lang);
  const unspecified = found.every((marker) => marker?.statute === 'none');
  if (lang === 'fr') return unspecified ? `Caviardé\u00a0: ${basis}` : `Caviardé en vertu de ${basis}`;
  return unspecified ? `Redacted: ${basis}` : `Redacted under ${basis}`;
}
