import { afterEach, describe, expect, it } from 'vitest';
import { literalMarkerSpans, markerText, markerTextOf, pastedNotices, useMarkerText, withMarkerText } from './literal-markers.ts';
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

describe('pasted notices', () => {
  const en =
    '[REDACTED] appears where sensitive information has been removed in accordance with the Access to Information Act and the Privacy Act.';
  const fr =
    'La mention [CAVIARDÉ] figure là où des renseignements de nature délicate ont été retirés conformément à la Loi sur l’accès à l’information.';

  it('reads the marker of a pasted notice as a word of its sentence, not a marker', () => {
    expect(literalMarkerSpans(en)).toEqual([]);
    expect(literalMarkerSpans(fr)).toEqual([]);
    expect(literalMarkerSpans('[ * ] indicates information withheld.')).toEqual([]);
    expect(pastedNotices(`Intro. ${en}`)).toEqual([7]);
  });

  it('still finds the markers around a notice, and a marker followed by other words', () => {
    const text = `${en} The talks with [Redacted] went well; [ * ] was present.`;
    expect(literalMarkerSpans(text).map((s) => s.text)).toEqual(['[Redacted]', '[ * ]']);
    expect(pastedNotices('[ * ] was present')).toEqual([]);
  });

  it('writes a notice’s marker as it is, and a real one as the page language writes it', () => {
    expect(withMarkerText(`${en} Met [caviardé].`, 'en')).toBe(`${en} Met [REDACTED].`);
  });
});

describe('the binder’s own marker text', () => {
  afterEach(() => useMarkerText(undefined));

  it('is what a literal marker reads as, and back to the default once unset', () => {
    useMarkerText({ en: '[ * ]', fr: '[ * ]' });
    expect(markerTextOf('fr')).toBe('[ * ]');
    expect(withMarkerText('Talks with [REDACTED]', 'en')).toBe('Talks with [ * ]');
    useMarkerText(undefined);
    expect(markerTextOf('fr')).toBe('[CAVIARDÉ]');
  });
});
