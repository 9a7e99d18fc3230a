import { describe, expect, it } from 'vitest';
import { briefingSections, sectionHeading } from './briefing-sections.ts';
import { sectionTitles } from '../../redaction/mdx-sections.ts';
import { briefingStrings } from './strings.ts';
import { bodyComponents } from '../../redaction/mdx-elements.ts';

describe('briefingSections', () => {
  it('binds every titled section the redact pass lets editors write, and no other name', () => {
    // The redact pass admits these names; MdxBody.astro gives each one component. A name admitted
    // there but missing here would fail the build ("Expected component ... to be defined").
    const others = new Set(['Redact', 'Ref', 'IfPressed', 'Stat', 'Cite', 'Person']);
    expect(Object.keys(briefingSections).sort()).toEqual(bodyComponents.filter((name) => !others.has(name)).sort());
  });

  it('gives each kind a heading in both languages', () => {
    for (const kind of Object.values(briefingSections)) {
      expect(briefingStrings.en.sections[kind]).toMatch(/\S/);
      expect(briefingStrings.fr.sections[kind]).toMatch(/\S/);
      expect(briefingStrings.fr.sections[kind]).not.toBe(briefingStrings.en.sections[kind]);
    }
  });

  it('titles a section after its label: "Key messages – Day 1", "Messages clés – Jour 1"', () => {
    expect(sectionHeading(briefingStrings.en.sections['key-messages'], 'Day 1')).toBe('Key messages – Day 1');
    expect(sectionHeading(briefingStrings.fr.sections['key-messages'], ' Jour\n 1 ')).toBe('Messages clés – Jour 1');
    expect(sectionHeading(briefingStrings.en.sections['key-issue'], 'Removals')).toBe('Key issue – Removals');
    expect(sectionHeading('Background', undefined)).toBe('Background');
    expect(sectionHeading('Background', '  ')).toBe('Background');
  });

  it('binds every section whose title the redact pass checks', () => {
    expect(Object.keys(sectionTitles).sort()).toEqual(Object.keys(briefingSections).sort());
    expect(sectionTitles.KeyIssue).toBe('required');
  });
});
