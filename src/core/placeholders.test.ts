import { describe, expect, it } from 'vitest';
import { findPlaceholders, mayHavePlaceholder, placeholder } from './placeholders.ts';

const texts = (text: string) => findPlaceholders(text).map((m) => m.text);

describe('findPlaceholders', () => {
  it('finds every placeholder the scaffold writes', () => {
    for (const written of Object.values(placeholder)) expect(texts(`Before ${written} after`)).toEqual([written]);
  });

  it('finds TODO and À FAIRE as whole words in capitals, with their offsets', () => {
    expect(findPlaceholders('TODO: write it.')).toEqual([{ text: 'TODO', index: 0 }]);
    expect(texts('If pressed on TODO')).toEqual(['TODO']);
    expect(texts('À FAIRE : rédiger. A FAIRE\u00a0: aussi.')).toEqual(['À FAIRE', 'A FAIRE']);
    expect(texts('Name (à traduire), title (To Be Translated) and (a traduire)')).toEqual([
      '(à traduire)',
      '(To Be Translated)',
      '(a traduire)',
    ]);
  });

  it('leaves longer words, lower case prose and web addresses alone', () => {
    expect(texts('TODOS and XTODO and TODO_LIST')).toEqual([]);
    // "todo" in prose: the Spanish word of an initiative's name, or an English noun; not a placeholder.
    expect(texts('Plan para todo el hemisferio; a todo list; Todo')).toEqual([]);
    expect(texts('Il reste beaucoup à faire; le travail a faire')).toEqual([]);
    expect(texts('See https://example.org/TODO/page and www.example.org/TODO and (https://x.ca/) A FAIRE')).toEqual(['A FAIRE']);
    expect(texts('à traduire, sans parenthèses')).toEqual([]);
  });

  it('keeps document order across forms', () => {
    expect(texts('(à traduire) then TODO then À FAIRE')).toEqual(['(à traduire)', 'TODO', 'À FAIRE']);
  });

  it('says quickly when a text cannot hold one', () => {
    expect(mayHavePlaceholder('Plain prose about forums.')).toBe(false);
    expect(mayHavePlaceholder('a todo')).toBe(true);
  });
});
