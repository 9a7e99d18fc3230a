import { describe, expect, it } from 'vitest';
import { parseProvision } from '../../schemas/legislation.ts';
import { formatCitation, formatProvision, levelOf } from './citation.ts';

const p = (text: string) => {
  const parsed = parseProvision(text);
  if (!parsed) throw new Error(`not a provision: ${text}`);
  return parsed;
};
const nbsp = '\u00a0';

describe('citations', () => {
  it('cites IRPA s. 3(3)(a) and LIPR, al. 3(3)a)', () => {
    expect(formatCitation('IRPA', p('3(3)(a)'), 'act', 'en')).toBe(`IRPA, s.${nbsp}3(3)(a)`);
    expect(formatCitation('LIPR', p('3(3)(a)'), 'act', 'fr')).toBe(`LIPR, al.${nbsp}3(3)a)`);
  });

  it('names each level in French as Justice Canada does', () => {
    expect(formatProvision(p('3'), 'act', 'fr')).toBe(`art.${nbsp}3`);
    expect(formatProvision(p('3(3)'), 'act', 'fr')).toBe(`par.${nbsp}3(3)`);
    expect(formatProvision(p('3(a)'), 'act', 'fr')).toBe(`al.${nbsp}3a)`);
    expect(formatProvision(p('3(3)(a)(i)'), 'act', 'fr')).toBe(`sous-al.${nbsp}3(3)a)(i)`);
    expect(formatProvision(p('3(3)(a)(i)(A)'), 'act', 'fr')).toBe(`div.${nbsp}3(3)a)(i)(A)`);
    expect(formatProvision(p('91.1(2)'), 'act', 'en')).toBe(`s.${nbsp}91.1(2)`);
  });

  it('cites conventions and agreements by article', () => {
    expect(formatCitation('1951 Refugee Convention', p('35'), 'convention', 'en')).toBe(`1951 Refugee Convention, art.${nbsp}35`);
    expect(formatProvision(p('35'), 'convention', 'fr')).toBe(`art.${nbsp}35`);
  });

  it('cites the act alone without a provision', () => {
    expect(formatCitation('IRPA', undefined, 'act', 'en')).toBe('IRPA');
  });

  it('knows the deepest level', () => {
    expect(levelOf(p('3'))).toBe('section');
    expect(levelOf(p('3(1.1)'))).toBe('subsection');
    expect(levelOf(p('3(a.1)'))).toBe('paragraph');
  });

  it('refuses what is not a provision', () => {
    for (const bad of ['s. 3', '3(3)(a', '3.(1)', 'three', '3(3)(A)', '3(3)(a)(A)', '', '3(3) (a)']) {
      expect(parseProvision(bad), bad).toBeUndefined();
    }
  });
});
