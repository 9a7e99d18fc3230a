/**
 * Links outside redacted passages must not lead to a withheld entry's page: the public edition
 * has no such page, and the URL names the entry. Links by URL are markdown links, `<a href>` and
 * the definitions the public copy keeps (run after imagesAndDefinitions, which collects them).
 */
import type { Root } from 'mdast';
import type { Position } from 'unist';
import { insideRedaction, visitBody, type MdxContext } from './mdx-context.ts';
import { attribute } from './mdx-elements.ts';
import { namesWithheldEntry } from './mdx-references.ts';

export function noLinksToWithheld(tree: Root, ctx: MdxContext): void {
  const { entries, publicEntries } = ctx.known;
  if (!publicEntries) return;
  const withheld = new Set([...entries].filter((key) => !publicEntries.has(key)));
  if (withheld.size === 0) return;
  // The message never repeats the URL: it names the withheld entry.
  const check = (url: string | undefined, position: Position | undefined) => {
    if (url !== undefined && namesWithheldEntry(url, withheld)) ctx.report({ position }, 'link-to-withheld', {});
  };
  visitBody(tree, ctx, (node) => {
    if (node.type === 'link' && !insideRedaction(ctx, node)) check(node.url, node.position);
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (node.name === 'a' && !insideRedaction(ctx, node)) check(attribute(node, 'href'), node.position);
    }
  });
  for (const definition of ctx.references.publicDefinitionUrls()) check(definition.url, definition.position);
}
