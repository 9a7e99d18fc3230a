import { describe, expect, it } from 'vitest';
import { deadlineText, newestFirst, parliamentText, upperFirst } from './note-kind-text.ts';
import type { PartialDate } from '../../schemas/partial-date.ts';

describe('the words of the kinds of notes', () => {
  it('says a Parliament and session with the ordinals of each language', () => {
    expect(parliamentText({ parliament: 44, session: 1 }, 'en')).toBe('44th Parliament, 1st Session');
    expect(parliamentText({ parliament: 43, session: 2 }, 'en')).toBe('43rd Parliament, 2nd Session');
    expect(parliamentText({ parliament: 41, session: 3 }, 'en')).toBe('41st Parliament, 3rd Session');
    expect(parliamentText({ parliament: 11, session: 1 }, 'en')).toBe('11th Parliament, 1st Session');
    expect(parliamentText({ parliament: 44, session: 1 }, 'fr')).toBe('44e\u00a0législature, 1re\u00a0session');
    expect(parliamentText({ parliament: 43, session: 2 }, 'fr')).toBe('43e\u00a0législature, 2e\u00a0session');
  });

  it('says a deadline relative to the appearance, or its date', () => {
    expect(deadlineText({ hoursBefore: 48 }, 'en')).toBe('48 hours before the appearance');
    expect(deadlineText({ hoursBefore: 48 }, 'fr')).toBe('48\u00a0heures avant la comparution');
    expect(deadlineText({ daysBefore: 1 }, 'en')).toBe('1 day before the appearance');
    expect(deadlineText({ precision: 'day', year: 2020, month: 11, day: 20 }, 'en')).toBe('November 20, 2020');
    expect(deadlineText({ precision: 'day', year: 2020, month: 11, day: 20 }, 'fr')).toBe('20 novembre 2020');
  });

  it('puts notes newest first, a month from its first day, ties by id', () => {
    const note = (id: string, date: PartialDate) => ({ id, data: { date } });
    const notes = [
      note('a', { precision: 'day', year: 2024, month: 3, day: 2 }),
      note('c', { precision: 'month', year: 2024, month: 5 }),
      note('b', { precision: 'day', year: 2024, month: 3, day: 2 }),
      note('d', { precision: 'day', year: 2024, month: 5, day: 9 }),
    ];
    expect(newestFirst(notes).map((n) => n.id)).toEqual(['d', 'c', 'a', 'b']);
  });

  it('capitalises a title at the head of a cell', () => {
    expect(upperFirst('ministre de l’Immigration')).toBe('Ministre de l’Immigration');
    expect(upperFirst('État')).toBe('État');
    expect(upperFirst('')).toBe('');
  });
});
