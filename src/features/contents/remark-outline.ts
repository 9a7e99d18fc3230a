/**
 * Records the skeleton of a body's "On this page" outline while @astrojs/mdx compiles it, so the
 * page reads it from the body's own module (`render(entry).remarkPluginFrontmatter`) instead of
 * parsing the body a second time. It sees the tree Astro renders: this edition's redacted copy,
 * where a redacted heading or question of the public edition is not there to be read.
 */
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { briefingSections } from '../briefing/briefing-sections.ts';
import { outlineKey, type OutlineItem } from './outline.ts';

type Jsx = Extract<RootContent, { type: 'mdxJsxFlowElement' }>;

function attributeOf(node: Jsx, name: string): string | undefined {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

/**
 * A heading's text as the page shows it, cut where the redact pass left a marker (<Redacted />):
 * the page joins the parts with its language's marker text ("Plans [REDACTED]"), which is known
 * only once the binder is loaded. Inline code is kept.
 */
function headingParts(node: RootContent, parts: string[]): void {
  if (node.type === 'mdxJsxTextElement' && node.name === 'Redacted') parts.push('');
  else if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) parts[parts.length - 1] += node.value;
  else if ('children' in node) for (const child of node.children) headingParts(child, parts);
}

/** The body's headings, briefing sections and If-pressed questions, in document order. */
export function outlineSkeleton(tree: Root): OutlineItem[] {
  const items: OutlineItem[] = [];
  const visit = (node: Root | RootContent) => {
    if (node.type === 'heading') {
      const parts = [''];
      for (const child of node.children) headingParts(child, parts);
      items.push({ depth: node.depth, parts });
    } else if (node.type === 'mdxJsxFlowElement' && node.name !== null && Object.hasOwn(briefingSections, node.name)) {
      const title = attributeOf(node, 'title');
      items.push(title === undefined ? { section: node.name } : { section: node.name, title });
    } else if (node.type === 'mdxJsxFlowElement' && node.name === 'IfPressed') {
      items.push({ question: attributeOf(node, 'question') ?? '' });
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return items;
}

/** The remark plugin (astro.config.mjs): the skeleton goes into the module's `frontmatter` export. */
export function remarkOutline() {
  return (tree: Root, file: VFile) => {
    const astro = (file.data['astro'] ??= {}) as { frontmatter?: Record<string, unknown> };
    (astro.frontmatter ??= {})[outlineKey] = outlineSkeleton(tree);
  };
}
