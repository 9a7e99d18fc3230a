import { describe, expect, it } from 'vitest';
import { anchorOf, questionAnchor, uniqueAnchors } from './anchors.ts';

describe('anchorOf', () => {
  it('slugs text as rehype-slug slugs headings', () => {
    expect(anchorOf('Key messages')).toBe('key-messages');
    expect(anchorOf('Faits et chiffres à l’appui')).toBe('faits-et-chiffres-à-lappui');
  });

  it('leaves literal markers out: they stand for words that are not there', () => {
    expect(anchorOf('If pressed on [REDACTED] plans')).toBe('if-pressed-on-plans');
    expect(anchorOf('Si l’on insiste sur [ * ]')).toBe('si-lon-insiste-sur');
    expect(anchorOf('[Caviardé]')).toBe('');
  });

  it('keeps the first words of a long text', () => {
    const id = anchorOf('If pressed on results so far of the whole-of-government approach to removals in the region');
    expect(id.length).toBeLessThanOrEqual(64);
    expect(id).toMatch(/^if-pressed-on-results-so-far-of-the-whole-of-government-approach/);
    expect(id).not.toMatch(/-$/);
  });
});

describe('questionAnchor', () => {
  it('gives a question that is only markers a neutral id by its place', () => {
    expect(questionAnchor('[REDACTED]', 2)).toBe('if-pressed-2');
    expect(questionAnchor('If asked about funding', 2)).toBe('if-asked-about-funding');
  });
});

describe('uniqueAnchors', () => {
  it('numbers repeats and never takes a reserved id', () => {
    const unique = uniqueAnchors(['background']);
    expect(unique('background')).toBe('background-1');
    expect(unique('next-steps')).toBe('next-steps');
    expect(unique('next-steps')).toBe('next-steps-1');
    expect(unique('next-steps')).toBe('next-steps-2');
  });
});
