/**
 * The element rule of `<Stat id="…" />`: one attribute, `id`, naming a statistic of
 * content/statistics/; no content. Inside a redacted passage a message never quotes the id.
 */
import { closest } from '../diagnostics/diagnostic.ts';
import type { MdxContext } from './mdx-context.ts';
import type { Jsx } from './mdx-elements.ts';

export function statAsWritten(node: Jsx, ctx: MdxContext, inside: boolean): boolean {
  if (node.name !== 'Stat') return true;
  if (node.children.length > 0) return (ctx.report(node, 'stat-attribute', { problem: 'children' }), false);
  const attrs = node.attributes;
  if (attrs.some((a) => a.type !== 'mdxJsxAttribute' || a.name !== 'id') || attrs.length !== 1) {
    return (ctx.report(node, 'stat-attribute', { problem: 'attribute' }), false);
  }
  const id = attrs[0]!.value;
  const known = ctx.known.data?.statistics ?? new Set<string>();
  if (typeof id === 'string' && known.has(id)) return true;
  const written = typeof id === 'string' && !inside ? id : undefined;
  ctx.report(node, 'unknown-statistic', { id: written, suggestion: written === undefined ? undefined : closest(written, known) });
  return false;
}
