import { describe, expect, it } from 'vitest';
import { disclosureOf } from './disclosure.ts';
import { day, forum, meeting } from './test-meetings.ts';

describe('disclosureOf', () => {
  it('sees a redacted field, a field shown with its basis, and literal markers', () => {
    const [redacted, shown, literal, plain] = forum([
      meeting('A', day('2019-10-01'), undefined, { location: { redacted: ['atia-15-1'] } }),
      meeting('B', day('2019-10-02'), undefined, { theme: { redact: ['atia-21-1-a'], value: { en: 'x', fr: 'x' } } }),
      meeting('C with [REDACTED]', day('2019-10-03')),
      meeting('D', day('2019-10-04')),
    ]);
    expect(disclosureOf(redacted!)).toEqual({ state: 'redacted', markers: ['atia-15-1'] });
    expect(disclosureOf(shown!)).toEqual({ state: 'shown', markers: ['atia-21-1-a'] });
    expect(disclosureOf(literal!)).toEqual({ state: 'redacted', markers: ['unspecified'] });
    expect(disclosureOf(plain!)).toEqual({ state: 'plain' });
    expect(disclosureOf(plain!, ['atia-15-1'])).toEqual({ state: 'shown', markers: ['atia-15-1'] });
  });
});
