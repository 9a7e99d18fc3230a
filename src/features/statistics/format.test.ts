import { describe, expect, it } from 'vitest';
import { formatStatistic } from './format.ts';

const nbsp = '\u00a0';

describe('formatStatistic', () => {
  it('writes thousands with a comma in English and a no-break space in French', () => {
    expect(formatStatistic({ value: 27000, unit: 'people', approximate: true }, 'en')).toBe('approximately 27,000');
    expect(formatStatistic({ value: 27000, unit: 'people', approximate: true }, 'fr')).toMatch(/^environ 27[\u00a0\u202f]000$/);
  });

  it('writes a percentage as Canada.ca does: 21.9% and 21,9 % with a no-break space', () => {
    expect(formatStatistic({ value: 21.9, unit: 'percent' }, 'en')).toBe('21.9%');
    expect(formatStatistic({ value: 21.9, unit: 'percent' }, 'fr')).toBe(`21,9${nbsp}%`);
  });

  it('writes a scaled number in words, as running text does', () => {
    expect(formatStatistic({ value: 1_600_000, unit: 'people', scale: 'millions' }, 'en')).toBe('1.6 million');
    expect(formatStatistic({ value: 1_600_000, unit: 'people', scale: 'millions' }, 'fr')).toBe('1,6 million');
    expect(formatStatistic({ value: 114_000_000, unit: 'count', scale: 'millions' }, 'en')).toBe('114 million');
    expect(formatStatistic({ value: 114_000_000, unit: 'count', scale: 'millions' }, 'fr')).toBe('114 millions');
    expect(formatStatistic({ value: 1_640_000, unit: 'count', scale: 'millions' }, 'en')).toBe('1.6 million');
  });

  it('writes dollars at a scale in words, before the number in English and after it in French', () => {
    const stat = { value: 103_800_000_000, unit: 'currency:CAD' as const, scale: 'billions' as const };
    expect(formatStatistic(stat, 'en')).toBe('$103.8 billion');
    expect(formatStatistic(stat, 'fr')).toBe('103,8 milliards de dollars');
    expect(formatStatistic({ value: 2_400_000, unit: 'currency:USD', scale: 'millions' }, 'en')).toBe('US$2.4 million');
    expect(formatStatistic({ value: 2_400_000, unit: 'currency:USD', scale: 'millions' }, 'fr')).toBe('2,4 millions de dollars américains');
  });

  it('writes the scale the editor chose, with the words amounts use (formatScaled)', () => {
    expect(formatStatistic({ value: 27_000, unit: 'count', scale: 'thousands' }, 'en')).toBe('27 thousand');
    expect(formatStatistic({ value: 27_000, unit: 'count', scale: 'thousands' }, 'fr')).toBe('27 milliers');
    expect(formatStatistic({ value: 1_050_000_000, unit: 'count', scale: 'millions' }, 'en')).toBe('1,050 million');
  });

  it('writes dollars without a scale as amounts are written elsewhere', () => {
    expect(formatStatistic({ value: 165000, unit: 'currency:CAD' }, 'en')).toBe('$165,000');
    expect(formatStatistic({ value: 165000, unit: 'currency:CAD' }, 'fr')).toMatch(/^165[\u00a0\u202f]000[\u00a0\u202f]\$$/);
  });

  it('keeps small counts as written', () => {
    expect(formatStatistic({ value: 153, unit: 'count' }, 'fr')).toBe('153');
    expect(formatStatistic({ value: 18, unit: 'count', approximate: true }, 'en')).toBe('approximately 18');
  });
});
