/**
 * Literal markers ("[REDACTED]", "[ * ]"…) in a body's text outside redacted passages: already
 * redacted text, which the pass turns into marker elements and the parity check counts. A
 * redaction notice pasted from the source ("[REDACTED] appears where…") is kept as text and
 * counts nothing (src/core/literal-markers.ts), with a warning: the site prints its own notice.
 */
import type { Root } from 'mdast';
import { literalMarkerSpans, pastedNotices } from '../core/literal-markers.ts';
import { insideRedaction, visitBody, type MdxContext } from './mdx-context.ts';

export function literalMarkers(tree: Root, ctx: MdxContext): void {
  visitBody(tree, ctx, (node) => {
    if (node.type !== 'text' || insideRedaction(ctx, node)) return;
    if (pastedNotices(node.value).length > 0) ctx.report(node, 'pasted-notice', {});
    // Text nodes may hold unescaped entities, so each match is searched in the source slice,
    // from just after the previous one (two identical markers keep their own offsets).
    const start = node.position!.start.offset!;
    const slice = ctx.source.text.slice(start, node.position!.end.offset);
    let from = 0;
    for (const match of literalMarkerSpans(node.value)) {
      const at = slice.indexOf(match.text, from);
      if (at >= 0) {
        ctx.facts.literals.push({ start: start + at, end: start + at + match.text.length });
        from = at + match.text.length;
      }
      ctx.markers.push({ at: start + (at >= 0 ? at : from), marker: 'unspecified' });
    }
  });
}
