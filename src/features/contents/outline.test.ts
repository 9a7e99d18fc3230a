import { describe, expect, it } from 'vitest';
import { bodyOutline, withComponentIds } from './outline.ts';
import { contentsItems, showsContents } from './contents.ts';

const source = `## Context

<KeyMessages>

- One.

</KeyMessages>

<IfPressed question="If pressed on the plan">

An answer.

</IfPressed>

<IfPressed question="[REDACTED]">

Another.

</IfPressed>

## Plans <Redacted lang="en" markers="atia-15-1" />

#### Detail

## Key messages
`;
// As Astro's render() reports them: rehype-slug ids, the text without the marker, the footnotes' heading last.
const rendered = [
  { depth: 2, slug: 'context', text: 'Context' },
  { depth: 2, slug: 'plans-', text: 'Plans ' },
  { depth: 4, slug: 'detail', text: 'Detail' },
  { depth: 2, slug: 'key-messages', text: 'Key messages' },
  { depth: 2, slug: 'footnote-label', text: 'Footnotes' },
];

describe('bodyOutline', () => {
  const outline = bodyOutline(source, rendered, 'en');

  it('lists headings, sections and questions in document order', () => {
    expect(outline.entries).toEqual([
      { id: 'context', text: 'Context', depth: 2 },
      { id: 'key-messages-1', text: 'Key messages', depth: 2 },
      { id: 'if-pressed-on-the-plan', text: 'If pressed on the plan', depth: 3 },
      { id: 'if-pressed-2', text: 'If pressed: [REDACTED]', depth: 3 },
      { id: 'plans-', text: 'Plans [REDACTED]', depth: 2 },
      { id: 'key-messages', text: 'Key messages', depth: 2 },
    ]);
  });

  it('gives each briefing heading its id in document order, never one a heading has', () => {
    expect(outline.componentIds).toEqual(['key-messages-1', 'if-pressed-on-the-plan', 'if-pressed-2']);
    expect(new Set(outline.ids).size).toBe(outline.ids.length);
    const html =
      '<h2 id="context">Context</h2><h2 class="brief__title">Key messages</h2><h3 class="if-pressed__question">A</h3><h3 class="if-pressed__question">B</h3>';
    expect(withComponentIds(html, outline)).toBe(
      '<h2 id="context">Context</h2><h2 class="brief__title" id="key-messages-1">Key messages</h2><h3 class="if-pressed__question" id="if-pressed-on-the-plan">A</h3><h3 class="if-pressed__question" id="if-pressed-2">B</h3>',
    );
    expect(() => withComponentIds(html.replace(/<h3.*$/, ''), outline)).toThrow(/draws 1 briefing headings where its source has 3/);
  });

  it('names sections in the page language', () => {
    const fr = bodyOutline('<Facts>\n\n- Un.\n\n</Facts>\n', [], 'fr');
    expect(fr.entries).toEqual([{ id: 'faits-et-chiffres-à-lappui', text: 'Faits et chiffres à l’appui', depth: 2 }]);
  });

  it('names a titled section and a key issue by their titles, in the page’s language', () => {
    const titled = '<KeyMessages title="Day 1">\n\n- One.\n\n</KeyMessages>\n\n<KeyIssue title="Removals">\n\n> We act.\n\n</KeyIssue>\n';
    expect(bodyOutline(titled, [], 'en').entries).toEqual([
      { id: 'key-messages-day-1', text: 'Key messages – Day 1', depth: 2 },
      { id: 'key-issue-removals', text: 'Key issue – Removals', depth: 2 },
    ]);
    const fr = '<KeyMessages title="Jour 1">\n\n- Un.\n\n</KeyMessages>\n';
    expect(bodyOutline(fr, [], 'fr').entries).toEqual([{ id: 'messages-clés-jour-1', text: 'Messages clés – Jour 1', depth: 2 }]);
  });

  it('fails loudly when the source and the rendering disagree', () => {
    expect(() => bodyOutline('## One\n\n## Two\n', rendered.slice(0, 1), 'en')).toThrow(/fewer headings/);
  });
});

describe('contentsItems', () => {
  it('shows nothing on a page with fewer than three entries', () => {
    expect(
      showsContents([
        { id: 'a', text: 'A', depth: 2 },
        { id: 'b', text: 'B', depth: 3 },
      ]),
    ).toBe(false);
  });

  it('nests level-3 entries under the level-2 entry before them', () => {
    const items = contentsItems([
      { id: 'q', text: 'Q', depth: 3 },
      { id: 'a', text: 'A', depth: 2 },
      { id: 'b', text: 'B', depth: 3 },
    ]);
    expect(items.map((i) => [i.entry.id, i.children.map((c) => c.id)])).toEqual([
      ['q', []],
      ['a', ['b']],
    ]);
  });
});
