/**
 * The element rule of `<Cite act="…" section="…" />`: `act` names an entry of
 * content/legislation/, `section` (optional) is a provision as Justice Canada numbers it; no
 * content. Inside a redacted passage a message never quotes the act or the section.
 */
import { closest } from '../diagnostics/diagnostic.ts';
import { parseProvision } from '../schemas/legislation.ts';
import type { MdxContext } from './mdx-context.ts';
import type { Jsx } from './mdx-elements.ts';

export function citeAsWritten(node: Jsx, ctx: MdxContext, inside: boolean): boolean {
  if (node.name !== 'Cite') return true;
  if (node.children.length > 0) return (ctx.report(node, 'cite-attribute', { problem: 'children' }), false);
  const attrs = node.attributes;
  if (attrs.some((a) => a.type !== 'mdxJsxAttribute' || (a.name !== 'act' && a.name !== 'section'))) {
    return (ctx.report(node, 'cite-attribute', { problem: 'attribute' }), false);
  }
  const value = (name: string) => attrs.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  const act = value('act');
  if (typeof act !== 'string' || act === '') return (ctx.report(node, 'cite-attribute', { problem: 'no-act' }), false);
  const known = ctx.known.data?.legislation ?? new Set<string>();
  let ok = true;
  if (!known.has(act)) {
    ctx.report(node, 'unknown-act', inside ? {} : { act, suggestion: closest(act, known) });
    ok = false;
  }
  const section = value('section');
  if (section !== undefined && (typeof section !== 'string' || !parseProvision(section))) {
    ctx.report(node, 'cite-bad-section', { section: inside || typeof section !== 'string' ? undefined : section });
    ok = false;
  }
  return ok;
}
