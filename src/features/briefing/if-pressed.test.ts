import { describe, expect, it } from 'vitest';
import { ifPressedHeading, ifPressedText } from './if-pressed.ts';

describe('the heading of an <IfPressed>', () => {
  it('is the question alone when it opens with its lead-in, in either language', () => {
    expect(ifPressedHeading('If pressed on why IRCC is involved:', 'en')).toEqual({ question: 'If pressed on why IRCC is involved:' });
    expect(ifPressedHeading('if asked about the costs', 'en')).toEqual({ question: 'if asked about the costs' });
    expect(ifPressedHeading('Si l’on insiste sur les pays ciblés', 'fr')).toEqual({ question: 'Si l’on insiste sur les pays ciblés' });
    expect(ifPressedHeading("Si l'on demande quels types d'initiatives", 'fr')).toEqual({
      question: "Si l'on demande quels types d'initiatives",
    });
    expect(ifPressedHeading('Si on insiste', 'fr').label).toBeUndefined();
  });

  it('gets the label in front otherwise, so the heading says "If pressed" once', () => {
    expect(ifPressedHeading('Why now?', 'en')).toEqual({ label: 'If pressed:', question: 'Why now?' });
    expect(ifPressedText('Pourquoi maintenant ?', 'fr')).toBe('Si l’on insiste\u00a0: Pourquoi maintenant ?');
    expect(ifPressedHeading('If pressedness', 'en').label).toBe('If pressed:');
  });

  it('shows a literal marker as the marker text, labelled', () => {
    expect(ifPressedText('[redacted]', 'en')).toBe('If pressed: [REDACTED]');
    expect(ifPressedText('[CAVIARDÉ]', 'fr')).toBe('Si l’on insiste\u00a0: [CAVIARDÉ]');
  });

  it('never repeats the label of a question that says it', () => {
    expect(ifPressedText('If pressed on the plan', 'en')).toBe('If pressed on the plan');
    expect(ifPressedText('If pressed on the plan', 'en')).not.toMatch(/If pressed.*If pressed/);
  });
});
