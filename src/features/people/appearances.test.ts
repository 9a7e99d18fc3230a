import { describe, expect, it } from 'vitest';
import { buildAppearances, personRefs } from './appearances.ts';

const person = (id: string) => ({ collection: 'people', id });

describe('appearances', () => {
  it('reads every people reference in an entry, with the role its field gives', () => {
    const forum = {
      representation: [{ level: 'minister', person: person('minister') }],
      contacts: [person('dg'), { redacted: ['atia-19-1'] }],
      meetings: [
        { title: { en: 'M', fr: 'M' }, attendees: [person('minister')] },
        { redact: ['atia-15-1'], value: { attendees: [person('adm')] } },
      ],
      members: [{ collection: 'stakeholders', id: 'iom' }],
    };
    expect(personRefs(forum)).toEqual([
      { id: 'minister', role: 'representation' },
      { id: 'dg', role: 'contact' },
      { id: 'minister', role: 'attendee' },
      { id: 'adm', role: 'attendee' },
    ]);
    // A field added later (a note's preparedBy) is read without a change.
    expect(personRefs({ preparedBy: [person('dg')] })).toEqual([{ id: 'dg', role: 'mention' }]);
  });

  it('lists each page and role once per person, and never a person on their own page', () => {
    const map = buildAppearances(
      [
        { collection: 'forums', id: 'fcm', data: { contacts: [person('dg')], representation: [{ person: person('dg') }] } },
        { collection: 'people', id: 'dg', data: { titles: [], self: person('dg') } },
      ],
      [
        { collection: 'forums', id: 'fcm', people: ['dg'] },
        { collection: 'forums', id: 'fcm', people: ['dg'] },
      ],
    );
    expect(map.get('dg')).toEqual([
      { collection: 'forums', id: 'fcm', role: 'contact' },
      { collection: 'forums', id: 'fcm', role: 'representation' },
      { collection: 'forums', id: 'fcm', role: 'mention' },
    ]);
  });
});
