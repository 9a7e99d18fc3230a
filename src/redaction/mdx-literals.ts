/**
 * Literal markers ("[REDACTED]", "[ * ]"…) in a body's text outside redacted passages: already
 * redacted text, which the pass turns into marker elements and the parity check counts.
 */
import type { Root } from 'mdast';
import { literalMarkerPattern } from '../core/literal-markers.ts';
import { insideRedaction, visitBody, type MdxContext } from './mdx-context.ts';

export function literalMarkers(tree: Root, ctx: MdxContext): void {
  visitBody(tree, ctx, (node) => {
    if (node.type !== 'text' || insideRedaction(ctx, node)) return;
    // Text nodes may hold unescaped entities, so each match is searched in the source slice,
    // from just after the previous one (two identical markers keep their own offsets).
    const start = node.position!.start.offset!;
    const slice = ctx.source.text.slice(start, node.position!.end.offset);
    let from = 0;
    for (const match of node.value.matchAll(literalMarkerPattern)) {
      const at = slice.indexOf(match[0], from);
      if (at >= 0) {
        ctx.facts.literals.push({ start: start + at, end: start + at + match[0].length });
        from = at + match[0].length;
      }
      ctx.markers.push({ at: start + (at >= 0 ? at : from), marker: 'unspecified' });
    }
  });
}
