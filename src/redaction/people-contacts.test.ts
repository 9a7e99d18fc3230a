import { describe, expect, it } from 'vitest';
import { withContactsWithheld } from './people-contacts.ts';

describe('withContactsWithheld', () => {
  const person = {
    name: 'Jane Doe',
    contact: [
      { email: 'jane.doe@example.gc.ca' },
      { telephone: '613-555-0100', public: true },
      { redact: 'atia-21-1-a', value: { telephone: '613-555-0199' } },
      { telephone: '613-555-0111', public: false },
    ],
  };
  it('withholds every contact not marked public under ATIA s.19(1), and keeps an editor’s own basis', () => {
    expect(withContactsWithheld('people', person)).toEqual({
      name: 'Jane Doe',
      contact: [
        { redact: ['atia-19-1'], value: { email: 'jane.doe@example.gc.ca' } },
        { telephone: '613-555-0100', public: true },
        { redact: 'atia-21-1-a', value: { telephone: '613-555-0199' } },
        { redact: ['atia-19-1'], value: { telephone: '613-555-0111', public: false } },
      ],
    });
  });
  it('leaves other collections, and people without contacts, as they are', () => {
    expect(withContactsWithheld('stakeholders', person)).toBe(person);
    const noContact = { name: 'Jane Doe' };
    expect(withContactsWithheld('people', noContact)).toBe(noContact);
  });
});
