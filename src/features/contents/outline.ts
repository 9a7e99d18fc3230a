/**
 * The outline of one MDX body, in document order: its headings (with the ids rehype-slug gave
 * them), its briefing sections and its If-pressed questions (with the ids this module gives
 * them). It reads this edition's redacted copy, the same text Astro renders: in the public
 * edition a redacted heading or question is not there to be read.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { Root, RootContent } from 'mdast';
import type { Lang } from '../../schemas/localized.ts';
import { markerTextOf } from '../../core/literal-markers.ts';
import { briefingSections, sectionHeading, type BriefingSectionName } from '../briefing/briefing-sections.ts';
import { briefingStrings } from '../briefing/strings.ts';
import { ifPressedText } from '../briefing/if-pressed.ts';
import { anchorOf, questionAnchor, uniqueAnchors } from './anchors.ts';

/** A heading as Astro's render() reports it. */
export interface RenderedHeading {
  depth: number;
  slug: string;
  text: string;
}

/** One line of an "On this page" list: a link to `#id`, under a heading of level `depth`. */
export interface ContentsEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}

export interface BodyOutline {
  /** The body's headings of level 2 and 3, briefing sections and questions, in document order. */
  entries: ContentsEntry[];
  /** Every id the body's headings and briefing components carry. */
  ids: string[];
  /** The ids of the briefing components' headings, in document order. */
  componentIds: string[];
}

export const emptyOutline: BodyOutline = { entries: [], ids: [], componentIds: [] };

type Jsx = Extract<RootContent, { type: 'mdxJsxFlowElement' }>;

function questionOf(node: Jsx): string {
  return attributeOf(node, 'question') ?? '';
}

function attributeOf(node: Jsx, name: string): string | undefined {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

/**
 * A heading's text as the page shows it: a marker the redact pass left (<Redacted />) reads as
 * the page language's marker text ("Plans for [REDACTED]"), as the heading itself does.
 */
function headingText(node: RootContent, lang: Lang): string {
  if (node.type === 'mdxJsxTextElement' && node.name === 'Redacted') return markerTextOf(lang);
  if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  return 'children' in node ? node.children.map((child) => headingText(child, lang)).join('') : '';
}

function isSection(name: string | null): name is BriefingSectionName {
  return name !== null && Object.hasOwn(briefingSections, name);
}

/**
 * Walks the body's tree. The n-th heading of the source is the n-th heading Astro rendered
 * (render() also reports the footnotes' heading, which remark-rehype appends after the body).
 */
export function bodyOutline(source: string, rendered: readonly RenderedHeading[], lang: Lang): BodyOutline {
  const tree: Root = unified().use(remarkParse).use(remarkMdx).parse(source);
  const words = briefingStrings[lang];
  const unique = uniqueAnchors(rendered.map((h) => h.slug));
  const outline: BodyOutline = { entries: [], ids: rendered.map((h) => h.slug).filter(Boolean), componentIds: [] };
  const component = (id: string) => {
    outline.ids.push(id);
    outline.componentIds.push(id);
  };
  let headingIndex = 0;
  let questions = 0;
  const visit = (node: Root | RootContent) => {
    if (node.type === 'heading') {
      const heading = rendered[headingIndex++];
      if (!heading) throw new Error(`Astro rendered fewer headings than the body has (${headingIndex - 1})`);
      const text = headingText(node, lang).replace(/\s+/g, ' ').trim();
      if ((node.depth === 2 || node.depth === 3) && heading.slug && text)
        outline.entries.push({ id: heading.slug, text, depth: node.depth });
    } else if (node.type === 'mdxJsxFlowElement' && isSection(node.name)) {
      // A titled section ("Key messages – Day 1") is named, and anchored, by its title: public text.
      const text = sectionHeading(words.sections[briefingSections[node.name]], attributeOf(node, 'title'));
      const id = unique(anchorOf(text));
      component(id);
      outline.entries.push({ id, text, depth: 2 });
    } else if (node.type === 'mdxJsxFlowElement' && node.name === 'IfPressed') {
      const question = questionOf(node);
      const id = unique(questionAnchor(question, ++questions));
      component(id);
      // As its heading reads it (IfPressed.astro): the question, with the label when it does not say it.
      outline.entries.push({ id, text: ifPressedText(question, lang), depth: 3 });
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return outline;
}

/** The opening tags of the headings the briefing components draw (BriefingSection.astro, IfPressed.astro). */
const componentHeading = /<h2 class="brief__title">|<h3 class="if-pressed__question">/g;

/**
 * The rendered body with each briefing component's heading given its id, in document order.
 * Done on the HTML, not through the components' props: Astro may call a component more than once
 * per element and not in document order. Throws when the count differs from the outline's, so a
 * page never links to an id it does not have.
 */
export function withComponentIds(html: string, outline: BodyOutline): string {
  let index = 0;
  const out = html.replace(componentHeading, (tag) => tag.replace(/>$/, ` id="${outline.componentIds[index++] ?? ''}">`));
  if (index !== outline.componentIds.length) {
    throw new Error(`The body draws ${index} briefing headings where its source has ${outline.componentIds.length}`);
  }
  return out;
}
