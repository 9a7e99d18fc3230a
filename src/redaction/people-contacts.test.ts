import { describe, expect, it } from 'vitest';
import { checkContactMarker, withContactsWithheld } from './people-contacts.ts';
import { parseYaml } from './yaml-source.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

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

describe('checkContactMarker', () => {
  const text = [
    'name: Jane Doe',
    'contact:',
    '  - email: jane.doe@example.gc.ca',
    '  - telephone: 613-555-0100',
    '    public: true',
    '  - redact: atia-21-1-a',
    '    value: { telephone: 613-555-0199 }',
  ].join('\n');
  const yaml = parseYaml({ file: 'content/people/jane.yaml', rel: 'people/jane.yaml', text }).yaml!;
  const check = (markers: string[]) => {
    const diagnostics: Diagnostic[] = [];
    checkContactMarker('people', yaml, new Set(markers), diagnostics);
    return diagnostics;
  };

  it('reports each contact withheld by default when the registry lacks its marker, at the contact, never quoting it', () => {
    const found = check(['atia-21-1-a']);
    expect(found.map((d) => [d.rule, d.line, d.column])).toEqual([['contact-marker-missing', 3, 5]]);
    expect(found[0]!.message).toContain('atia-19-1');
    expect(JSON.stringify(found)).not.toContain('jane.doe');
  });

  it('is silent when the registry has the marker, and for other collections', () => {
    expect(check(['atia-19-1', 'atia-21-1-a'])).toEqual([]);
    const diagnostics: Diagnostic[] = [];
    checkContactMarker('stakeholders', yaml, new Set(), diagnostics);
    expect(diagnostics).toEqual([]);
  });
});
