/**
 * The audit's own reading of YAML: `{ redact }` without a value has nothing to collect (and does
 * not stop the audit), and an amount shown at a scale is looked for in the forms pages print it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectYaml, readYaml } from './collect-yaml.ts';
import type { Needle } from './collect.ts';
import { tempDir } from '../../tests/temp.ts';

function collect(text: string) {
  const file = path.join(tempDir('collect-yaml'), 'p.yaml');
  fs.writeFileSync(file, text);
  const needles: Needle[] = [];
  const publicStrings: string[] = [];
  collectYaml(readYaml(file)!, 'p.yaml', needles, publicStrings);
  return { needles, publicStrings };
}

describe('collectYaml', () => {
  it('collects nothing from a value withheld and not recorded', () => {
    const { needles } = collect(
      'name: { en: A, fr: A }\nmeetings:\n  - title: { en: T, fr: T }\n    agenda:\n      - { redact: atia-15-1 }\n',
    );
    expect(needles).toEqual([]);
  });

  it('looks for a redacted scaled amount as the pages would print it', () => {
    const { needles } = collect('envelope: { redact: atia-15-1, value: { amount: 103800000000, currency: CAD, display: billions } }\n');
    expect(needles.map((n) => n.text)).toEqual(
      expect.arrayContaining(['103800000000', '103,800,000,000', '$103.8\u00a0billion', '103,8\u00a0milliards de dollars']),
    );
    expect(needles.every((n) => n.origin === 'p.yaml:1' && n.kind === 'field')).toBe(true);
  });

  it('looks for a redacted statistic in the words it would print at any scale (formatScaled)', () => {
    const { needles } = collect('value: { redact: atia-15-1, value: 27000 }\nunit: count\nscale: thousands\n');
    expect(needles.map((n) => n.text)).toEqual(expect.arrayContaining(['27000', '27,000', '27 thousand', '27 milliers']));
  });
});
