import { describe, expect, it } from 'vitest';
import { markerText, withMarkerText } from './literal-markers.ts';
import { plainText } from './redactable.ts';

describe('withMarkerText', () => {
  it('writes every literal marker, in any case and spacing, as the page language writes it', () => {
    const name = 'Working Group on [Caviardé] and [ * ] ([redacted])';
    expect(withMarkerText(name, 'en')).toBe('Working Group on [REDACTED] and [REDACTED] ([REDACTED])');
    expect(withMarkerText(name, 'fr')).toBe('Working Group on [CAVIARDÉ] and [CAVIARDÉ] ([CAVIARDÉ])');
  });

  it('leaves text without a marker, and brackets that are not one, as written', () => {
    expect(withMarkerText('Five Country Ministerial [FCM]', 'en')).toBe('Five Country Ministerial [FCM]');
    expect(withMarkerText('[CAVIARDE]', 'en')).toBe(markerText.en);
  });
});

describe('plainText', () => {
  it('gives the text in the page language with its literal markers as marker text, nothing when withheld', () => {
    expect(plainText({ en: 'Talks with [Caviardé]', fr: 'Pourparlers avec [REDACTED]' }, 'en')).toBe('Talks with [REDACTED]');
    expect(plainText({ en: 'Talks with [Caviardé]', fr: 'Pourparlers avec [REDACTED]' }, 'fr')).toBe('Pourparlers avec [CAVIARDÉ]');
    expect(plainText({ redacted: ['atia-15-1'] }, 'en')).toBeUndefined();
    expect(plainText({ redact: ['atia-15-1'], value: { en: 'Shown [ * ]', fr: 'Montré' } }, 'en')).toBe('Shown [REDACTED]');
  });
});
