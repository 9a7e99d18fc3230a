import { describe, expect, it } from 'vitest';
import { measureText, wrapText } from './svg-text.ts';

describe('wrapText', () => {
  it('breaks at spaces only, keeping a no-break space', () => {
    expect(wrapText('Canada\u00a0: Présidence 2019-2020', 120, 14, false)).toEqual(['Canada\u00a0:', 'Présidence', '2019-2020']);
  });

  it('cuts a word longer than a line', () => {
    const lines = wrapText('Supercalifragilisticexpialidocious', 100, 15, true);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(measureText(line, 15, true)).toBeLessThanOrEqual(100);
  });
});
