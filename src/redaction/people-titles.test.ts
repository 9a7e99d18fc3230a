import { describe, expect, it } from 'vitest';
import { checkPersonTitles } from './people-titles.ts';
import { parseYaml } from './yaml-source.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

const title = [
  '  - title:',
  '      redact: atia-19-1',
  '      value: { en: Acting Director Secretname, fr: directeur par intérim Secretname }',
];
const check = (lines: string[], collection = 'people') => {
  const yaml = parseYaml({ file: 'content/people/p.yaml', rel: 'people/p.yaml', text: lines.join('\n') }).yaml!;
  const diagnostics: Diagnostic[] = [];
  checkPersonTitles(collection, yaml, yaml.data, diagnostics);
  return diagnostics;
};

describe('checkPersonTitles', () => {
  it('lets a named person’s title be redacted on its own', () => {
    expect(check(['name: Jane Doe', 'titles:', ...title])).toEqual([]);
  });

  it('refuses a redacted title of a position (no name, or a redacted one), at the title, never quoting it', () => {
    const none = check(['titles:', ...title, '  - title: { en: Analyst, fr: analyste }']);
    expect(none.map((d) => [d.rule, d.line, d.severity])).toEqual([['position-title-redacted', 2, 'error']]);
    expect(none[0]!.message).toContain('has no name');
    const hidden = check(['name: { redact: atia-19-1, value: Jane Doe }', 'titles:', ...title]);
    expect(hidden.map((d) => d.rule)).toEqual(['position-title-redacted']);
    expect(hidden[0]!.message).toContain('redacted name');
    expect(JSON.stringify([...none, ...hidden])).not.toMatch(/Secretname|Jane Doe/);
  });

  it('is silent for plain titles and for other collections', () => {
    expect(check(['titles:', '  - title: { en: Analyst, fr: analyste }'])).toEqual([]);
    expect(check(['titles:', ...title], 'forums')).toEqual([]);
  });
});
