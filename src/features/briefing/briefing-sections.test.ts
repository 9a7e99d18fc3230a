import { describe, expect, it } from 'vitest';
import { briefingSections } from './briefing-sections.ts';
import { briefingStrings } from './strings.ts';
import { bodyComponents } from '../../redaction/mdx-elements.ts';

describe('briefingSections', () => {
  it('binds every titled section the redact pass lets editors write, and no other name', () => {
    // The redact pass admits these names; MdxBody.astro gives each one component. A name admitted
    // there but missing here would fail the build ("Expected component ... to be defined").
    const others = new Set(['Redact', 'Ref', 'IfPressed']);
    expect(Object.keys(briefingSections).sort()).toEqual(bodyComponents.filter((name) => !others.has(name)).sort());
  });

  it('gives each kind a heading in both languages', () => {
    for (const kind of Object.values(briefingSections)) {
      expect(briefingStrings.en.sections[kind]).toMatch(/\S/);
      expect(briefingStrings.fr.sections[kind]).toMatch(/\S/);
      expect(briefingStrings.fr.sections[kind]).not.toBe(briefingStrings.en.sections[kind]);
    }
  });
});
