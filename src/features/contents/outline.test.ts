import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import type { Lang } from '../../schemas/localized.ts';
import { useMarkerText } from '../../core/literal-markers.ts';
import { bodyOutline, outlineKey, outlineOf, skeletonOf, withComponentIds, type RenderedHeading } from './outline.ts';
import { outlineSkeleton, remarkOutline } from './remark-outline.ts';
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

/** The outline of an MDX source, as a page reads it from the body's compiled module. */
function outlineOfSource(mdx: string, headings: readonly RenderedHeading[], lang: Lang) {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(mdx);
  return bodyOutline(outlineSkeleton(tree), headings, lang);
}

describe('remarkOutline', () => {
  it('records the skeleton in the module’s frontmatter, a heading cut where a marker stands', () => {
    const file = new VFile({ value: source, path: 'notes/a.en.mdx' });
    const processor = unified().use(remarkParse).use(remarkMdx).use(remarkOutline);
    processor.runSync(processor.parse(source), file);
    const frontmatter = (file.data['astro'] as { frontmatter: Record<string, unknown> }).frontmatter;
    expect(frontmatter[outlineKey]).toEqual([
      { depth: 2, parts: ['Context'] },
      { section: 'KeyMessages' },
      { question: 'If pressed on the plan' },
      { question: '[REDACTED]' },
      { depth: 2, parts: ['Plans ', ''] },
      { depth: 4, parts: ['Detail'] },
      { depth: 2, parts: ['Key messages'] },
    ]);
  });

  it('fails loudly for a module compiled without it', () => {
    expect(() => skeletonOf({})).toThrow(/compiled without its outline/);
  });
});

describe('bodyOutline', () => {
  const outline = outlineOfSource(source, rendered, 'en');

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
    const fr = outlineOfSource('<Facts>\n\n- Un.\n\n</Facts>\n', [], 'fr');
    expect(fr.entries).toEqual([{ id: 'faits-et-chiffres-à-lappui', text: 'Faits et chiffres à l’appui', depth: 2 }]);
  });

  it('names a titled section and a key issue by their titles, in the page’s language', () => {
    const titled = '<KeyMessages title="Day 1">\n\n- One.\n\n</KeyMessages>\n\n<KeyIssue title="Removals">\n\n> We act.\n\n</KeyIssue>\n';
    expect(outlineOfSource(titled, [], 'en').entries).toEqual([
      { id: 'key-messages-day-1', text: 'Key messages – Day 1', depth: 2 },
      { id: 'key-issue-removals', text: 'Key issue – Removals', depth: 2 },
    ]);
    const fr = '<KeyMessages title="Jour 1">\n\n- Un.\n\n</KeyMessages>\n';
    expect(outlineOfSource(fr, [], 'fr').entries).toEqual([{ id: 'messages-clés-jour-1', text: 'Messages clés – Jour 1', depth: 2 }]);
  });

  it('fails loudly when the source and the rendering disagree', () => {
    expect(() => outlineOfSource('## One\n\n## Two\n', rendered.slice(0, 1), 'en')).toThrow(/fewer headings/);
  });
});

describe('outlineOf', () => {
  const module = (skeleton: unknown) => ({ [outlineKey]: skeleton });
  const headings = [{ depth: 2, slug: 'plans-', text: 'Plans ' }];

  it('reads the outline from the rendered module, once per module, the marker in the binder’s own text', () => {
    const compiled = module([{ depth: 2, parts: ['Plans ', ''] }]);
    useMarkerText({ en: '[ * ]', fr: '[ * ]' });
    try {
      const outline = outlineOf({ headings, remarkPluginFrontmatter: compiled }, 'en');
      expect(outline.entries).toEqual([{ id: 'plans-', text: 'Plans [ * ]', depth: 2 }]);
      expect(outlineOf({ headings, remarkPluginFrontmatter: compiled }, 'en')).toBe(outline);
    } finally {
      useMarkerText(undefined);
    }
  });

  it('follows a recompiled module (an edit in the dev server), never the outline before', () => {
    const before = outlineOf({ headings, remarkPluginFrontmatter: module([{ depth: 2, parts: ['Plans ', ''] }]) }, 'fr');
    const edited = module([{ depth: 2, parts: ['Plans'] }, { question: 'Et si' }]);
    const after = outlineOf({ headings: [{ depth: 2, slug: 'plans', text: 'Plans' }], remarkPluginFrontmatter: edited }, 'fr');
    expect(before.entries.map((e) => e.text)).toEqual(['Plans [CAVIARDÉ]']);
    expect(after.entries.map((e) => e.id)).toEqual(['plans', 'et-si']);
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
