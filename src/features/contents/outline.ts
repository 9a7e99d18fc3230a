/**
 * The outline of one MDX body, in document order: its headings (with the ids rehype-slug gave
 * them), its briefing sections and its If-pressed questions (with the ids this module gives
 * them). It is built from the skeleton remark-outline.ts recorded when the body's module was
 * compiled from this edition's redacted copy, the same text Astro renders: in the public edition
 * a redacted heading or question is not there to be read.
 */
import type { Lang } from '../../schemas/localized.ts';
import { markerTextOf } from '../../core/literal-markers.ts';
import { briefingSections, sectionHeading, type BriefingSectionName } from '../briefing/briefing-sections.ts';
import { briefingStrings } from '../briefing/strings.ts';
import { ifPressedText } from '../briefing/if-pressed.ts';
import { anchorOf, questionAnchor, uniqueAnchors } from './anchors.ts';

/** Where the skeleton is in the module's `frontmatter` (render()'s `remarkPluginFrontmatter`). */
export const outlineKey = 'binderOutline';

/**
 * One item of a body's skeleton, as the compile recorded it: a heading (its text cut where a
 * <Redacted /> marker stands), a briefing section (with its title) or an If-pressed question.
 */
export type OutlineItem = { depth: number; parts: string[] } | { section: string; title?: string } | { question: string };

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

/** The skeleton a module's frontmatter carries; throws when the compile recorded none. */
export function skeletonOf(frontmatter: Record<string, unknown>): OutlineItem[] {
  const skeleton = frontmatter[outlineKey];
  if (!Array.isArray(skeleton)) throw new Error('The body was compiled without its outline (remarkOutline is not in the MDX pipeline)');
  return skeleton as OutlineItem[];
}

function isSection(name: string): name is BriefingSectionName {
  return Object.hasOwn(briefingSections, name);
}

/**
 * The outline from the body's skeleton and its rendered headings. The n-th heading of the
 * skeleton is the n-th heading Astro rendered (render() also reports the footnotes' heading,
 * which remark-rehype appends after the body). A marker in a heading reads as the page
 * language's marker text ("Plans [REDACTED]"), as the heading itself does.
 */
export function bodyOutline(skeleton: readonly OutlineItem[], rendered: readonly RenderedHeading[], lang: Lang): BodyOutline {
  const words = briefingStrings[lang];
  const unique = uniqueAnchors(rendered.map((h) => h.slug));
  const outline: BodyOutline = { entries: [], ids: rendered.map((h) => h.slug).filter(Boolean), componentIds: [] };
  const component = (id: string) => {
    outline.ids.push(id);
    outline.componentIds.push(id);
  };
  let headingIndex = 0;
  let questions = 0;
  for (const item of skeleton) {
    if ('depth' in item) {
      const heading = rendered[headingIndex++];
      if (!heading) throw new Error(`Astro rendered fewer headings than the body has (${headingIndex - 1})`);
      const text = item.parts.join(markerTextOf(lang)).replace(/\s+/g, ' ').trim();
      if ((item.depth === 2 || item.depth === 3) && heading.slug && text)
        outline.entries.push({ id: heading.slug, text, depth: item.depth });
    } else if ('section' in item && isSection(item.section)) {
      // A titled section ("Key messages – Day 1") is named, and anchored, by its title: public text.
      const text = sectionHeading(words.sections[briefingSections[item.section]], item.title);
      const id = unique(anchorOf(text));
      component(id);
      outline.entries.push({ id, text, depth: 2 });
    } else if ('question' in item) {
      const id = unique(questionAnchor(item.question, ++questions));
      component(id);
      // As its heading reads it (IfPressed.astro): the question, with the label when it does not say it.
      outline.entries.push({ id, text: ifPressedText(item.question, lang), depth: 3 });
    }
  }
  return outline;
}

/** What outlineOf reads of a rendered body (Astro's render() result). */
export interface RenderedBody {
  headings: RenderedHeading[];
  remarkPluginFrontmatter: Record<string, unknown>;
}

// Per compiled module: the outline comes from the same module as the body the page shows (its
// skeleton and its headings), so after an edit in the dev server a page never gets the outline
// of the body before, whether or not the store was reloaded.
const outlines = new WeakMap<object, BodyOutline>();

/** The outline of a rendered body (renderBody's result), computed once per compiled module. */
export function outlineOf(rendered: RenderedBody, lang: Lang): BodyOutline {
  const module = rendered.remarkPluginFrontmatter;
  let outline = outlines.get(module);
  if (!outline) outlines.set(module, (outline = bodyOutline(skeletonOf(module), rendered.headings, lang)));
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
