import { describe, expect, it } from 'vitest';
import { markerLabel, markerFullName, markersAccessibleName } from './markers.ts';
import type { RedactionMarker } from '../schemas/redaction-marker.ts';

const marker = (statute: RedactionMarker['statute'], section: string, en: string, fr: string): RedactionMarker => ({
  statute,
  section,
  label: { en, fr },
  description: { en: 'What it protects.', fr: 'Ce qu’il protège.' },
  revealIn: ['internal'],
});

// As in content/redaction-markers/.
const markers = new Map<string, RedactionMarker>([
  ['atia-15-1', marker('atia', '15(1)', 's.15(1) ATIA', 'par. 15(1) LAI')],
  ['atia-21-1-a', marker('atia', '21(1)(a)', 's.21(1)(a) ATIA', 'al. 21(1)a) LAI')],
  ['pa-26', marker('privacy-act', '26', 's.26 PA', 'art. 26 LPRP')],
  ['unspecified', marker('none', '', 'basis not stated', 'motif non précisé')],
]);
const get = (id: string) => markers.get(id)!;

describe('markerLabel', () => {
  it('gives the short basis in the page language', () => {
    expect(markerLabel(markers, ['atia-15-1'], 'en')).toBe('s.15(1) ATIA');
    expect(markerLabel(markers, ['atia-15-1'], 'fr')).toBe('par. 15(1) LAI');
  });

  it('joins several bases with commas', () => {
    expect(markerLabel(markers, ['atia-21-1-a', 'pa-26'], 'en')).toBe('s.21(1)(a) ATIA, s.26 PA');
    expect(markerLabel(markers, ['atia-21-1-a', 'pa-26'], 'fr')).toBe('al. 21(1)a) LAI, art. 26 LPRP');
  });

  it('falls back to the id of a marker it does not know', () => {
    expect(markerLabel(markers, ['atia-99', 'pa-26'], 'en')).toBe('atia-99, s.26 PA');
  });
});

describe('markerFullName', () => {
  it('names the section and the Act in full', () => {
    expect(markerFullName(get('atia-15-1'), 'en')).toBe('section 15(1) of the Access to Information Act');
    expect(markerFullName(get('atia-15-1'), 'fr')).toBe('la disposition 15(1) de la Loi sur l’accès à l’information');
    expect(markerFullName(get('pa-26'), 'en')).toBe('section 26 of the Privacy Act');
    expect(markerFullName(get('pa-26'), 'fr')).toBe('la disposition 26 de la Loi sur la protection des renseignements personnels');
  });

  it('uses the label of the unspecified marker, which has no section', () => {
    expect(markerFullName(get('unspecified'), 'en')).toBe('basis not stated');
    expect(markerFullName(get('unspecified'), 'fr')).toBe('motif non précisé');
  });
});

describe('markersAccessibleName', () => {
  it('reads one basis in full', () => {
    expect(markersAccessibleName(markers, ['atia-15-1'], 'en')).toBe('Redacted under section 15(1) of the Access to Information Act');
    expect(markersAccessibleName(markers, ['atia-15-1'], 'fr')).toBe(
      'Caviardé en vertu de la disposition 15(1) de la Loi sur l’accès à l’information',
    );
  });

  it('reads several bases as a list', () => {
    expect(markersAccessibleName(markers, ['atia-15-1', 'pa-26'], 'en')).toBe(
      'Redacted under section 15(1) of the Access to Information Act and section 26 of the Privacy Act',
    );
    expect(markersAccessibleName(markers, ['atia-15-1', 'pa-26'], 'fr')).toBe(
      'Caviardé en vertu de la disposition 15(1) de la Loi sur l’accès à l’information et la disposition 26 de la Loi sur la protection des renseignements personnels',
    );
  });

  it('says when the basis is not stated', () => {
    expect(markersAccessibleName(markers, ['unspecified'], 'en')).toBe('Redacted: basis not stated');
    // French puts a space before the colon (ideally a no-break one, which \s also matches).
    expect(markersAccessibleName(markers, ['unspecified'], 'fr')).toMatch(/^Caviardé\s: motif non précisé$/);
  });

  it('reads the id of a marker it does not know', () => {
    expect(markersAccessibleName(markers, ['atia-99'], 'en')).toBe('Redacted under atia-99');
  });
});
