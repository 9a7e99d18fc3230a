/**
 * The detector: each kind of personal information, and the numbers and shapes a binder is full of
 * that must not be taken for one.
 */
import { describe, expect, it } from 'vitest';
import { findPersonalInformation, luhn, normalisedValue } from './pii-detect.ts';

const kinds = (text: string) => findPersonalInformation(text).map((f) => f.kind);
const found = (text: string) => findPersonalInformation(text).map((f) => text.slice(f.start, f.end));

describe('what is found', () => {
  it('e-mail addresses (a pattern of Binder’s own: the package has none)', () => {
    expect(found('Write to jane.doe@example.gc.ca or <mailto:j_doe+binder@cic.gc.ca>.')).toEqual([
      'jane.doe@example.gc.ca',
      'j_doe+binder@cic.gc.ca',
    ]);
    expect(kinds('Écrire à marie.tremblay@canada.ca.')).toEqual(['email']);
  });

  it('North American telephone numbers, written in any of the usual ways', () => {
    for (const phone of ['613-555-0142', '(613) 555-0142', '613.555.0142', '1-888-242-2100', '+1 613 555 0142', '6135550142']) {
      expect(found(`Call ${phone} today.`), phone).toEqual([phone]);
    }
    expect(kinds('Téléphone\u00a0: 819-555-0199')).toEqual(['telephone']);
    expect(found('[Call her](tel:+16135550142).')).toEqual(['+16135550142']);
  });

  it('international telephone numbers', () => {
    expect(found('The London office: +44 20 7946 0958.')).toEqual(['+44 20 7946 0958']);
  });

  it('social insurance numbers that pass the Luhn check', () => {
    expect(found('SIN 123 456 782 on file')).toEqual(['123 456 782']);
    expect(kinds('NAS : 271-544-322')).toEqual(['sin']);
  });

  it('home addresses: a street address with a postal code after it, in English and in French', () => {
    expect(found('She lives at 42 Maple Street, Ottawa, Ontario K1N 5T2, with her family.')).toEqual([
      '42 Maple Street, Ottawa, Ontario K1N 5T2',
    ]);
    expect(kinds('Il habite au 12 rue Champlain, Gatineau (Québec) J8X 1C6.')).toEqual(['address']);
    // Canada Post’s French form, with a comma after the number (a pattern of Binder’s own).
    expect(kinds('Au 365, avenue Laurier Ouest, Ottawa (Ontario) K1A 1L1.')).toEqual(['address']);
  });
});

describe('what is not found', () => {
  const nearMisses = [
    'In fiscal year 2019-20 and 2020–21, over 2019-2020 to 2023-2024.',
    'An envelope of $21,000,000 and 165 000 $ per year; $300 000 000 over five years; 300 000 007 $.',
    'Held on July 29 to 30, 2019, again on 2019-07-29 and 2020-01-15T10:00.',
    'Under paragraph 3(3)(a) and subsection 15(1) of the Act; s.21(1)(a) and (b).',
    'Immigration and Refugee Protection Act, S.C. 2001, c. 27; R.S.C. 1985, c. C-29, s. 5(1).',
    'Coding block 110-210-5201, fund 105-200-3000-41, cost centre 4012345678-2.',
    'Account 613-555-0142-01 is a budget code, not a line.',
    'The 2021 Leaders Summit, the 2019 Federal Court ruling and the 2018 Global Compact.',
    'Our office is at 365 Laurier Avenue West, on the sixth floor.',
    'Postal code K1A 1L1 on its own is an office’s, not a home.',
    'Article 8 and item 300 with 123456789 people, and version 1.2.3.4 of the plan.',
    'A thousand@ signs and @handles are not addresses; nor is user@localhost.',
  ];
  for (const text of nearMisses) it(text, () => expect(found(text)).toEqual([]));

  it('nine digits that fail the Luhn check, or start with 0 or 8', () => {
    expect(found('Numbers 123 456 789, 046 454 286 and 800 000 002.')).toEqual([]);
  });

  it('nothing in text without a digit or an @', () => {
    expect(findPersonalInformation('A paragraph of prose with no numbers at all.')).toEqual([]);
  });
});

describe('helpers', () => {
  it('the Luhn check', () => {
    expect(luhn('123456782')).toBe(true);
    expect(luhn('123456789')).toBe(false);
  });

  it('one normal form for two writings of a value', () => {
    expect(normalisedValue('telephone', '1-888-242-2100')).toBe(normalisedValue('telephone', '(888) 242 2100'));
    expect(normalisedValue('email', 'Media@CIC.gc.ca')).toBe('media@cic.gc.ca');
    expect(normalisedValue('address', '365 Laurier Avenue West, Ottawa K1A 1L1')).toBe(
      normalisedValue('address', '365  laurier avenue west ottawa k1a 1l1'),
    );
  });
});
