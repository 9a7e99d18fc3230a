import { describe, expect, it } from 'vitest';
import { noteParts } from './note-parts.ts';

const notes = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
const title = (en: string) => ({ en, fr: `${en} (fr)` });

describe('noteParts', () => {
  it('is undefined without parts: the notes keep their order', () => {
    expect(noteParts(undefined, notes)).toBeUndefined();
  });

  it('groups the notes in the order of the parts, the unlisted ones last under "Other notes"', () => {
    const parts = [
      { id: 'logistics', title: title('Logistics'), notes: ['c', 'a'] },
      { id: 'key-issues', title: title('Key issues'), notes: ['d'] },
    ];
    const grouped = noteParts(parts, notes)!;
    expect(grouped.map((p) => [p.id, p.notes.map((n) => n.id)])).toEqual([
      ['logistics', ['c', 'a']],
      ['key-issues', ['d']],
      ['other-notes', ['b']],
    ]);
    expect(grouped[2]!.title).toEqual({ en: 'Other notes', fr: 'Autres notes' });
  });

  it('leaves out notes this edition does not have, and a part left empty', () => {
    const parts = [
      { id: 'secret-part', title: title('Withheld only'), notes: ['gone'] },
      { id: 'all', title: title('All'), notes: ['a', 'b', 'gone', 'c', 'd'] },
    ];
    expect(noteParts(parts, notes)!.map((p) => [p.id, p.notes.map((n) => n.id)])).toEqual([['all', ['a', 'b', 'c', 'd']]]);
  });
});
