import { describe, expect, it } from 'vitest';
import { redactionNotice } from './public-marker.ts';

const star = { en: '[ * ]', fr: '[ * ]' };

describe('redactionNotice', () => {
  it('is the standard notice by default', () => {
    expect(redactionNotice({}, 'en')).toMatch(/^\[REDACTED\] appears where sensitive information has been removed/);
    expect(redactionNotice({}, 'fr')).toMatch(/^La mention \[CAVIARDÉ\] figure là où/);
  });

  it('writes the binder’s marker text into the standard notice', () => {
    expect(redactionNotice({ publicMarker: { text: star } }, 'en')).toMatch(/^\[ \* \] appears where/);
    expect(redactionNotice({ publicMarker: { text: star } }, 'fr')).toMatch(/^La mention \[ \* \] figure là où/);
  });

  it('is the binder’s own notice when it gives one', () => {
    const notice = { en: '[ * ] indicates withheld text.', fr: '[ * ] indique un passage soustrait.' };
    expect(redactionNotice({ publicMarker: { text: star, notice } }, 'fr')).toBe('[ * ] indique un passage soustrait.');
  });
});
