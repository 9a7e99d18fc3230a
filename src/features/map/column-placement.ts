/** Vertical placement of one column of the map, once the columns are ordered. */
import { centre, gap, type Box } from './map-geometry.ts';

/**
 * Places a column between `top` and `bottom`: each box as near as it can to the mean height of
 * the boxes it is joined to in `placed` columns, in order, never overlapping (a forward pass
 * pushes down, a backward pass pulls up what would overflow).
 */
export function placeColumn(col: Box[], placed: Set<number>, top: number, bottom: number) {
  let cursor = top;
  for (const box of col) {
    const near = [...box.left, ...box.right].filter((n) => placed.has(n.layer));
    const wanted = near.length > 0 ? near.reduce((s, n) => s + centre(n), 0) / near.length - box.height / 2 : -Infinity;
    box.y = Math.max(wanted, cursor);
    cursor = box.y + box.height + gap;
  }
  let limit = bottom;
  for (const box of [...col].reverse()) {
    box.y = Math.max(top, Math.min(box.y, limit - box.height));
    limit = box.y - gap;
  }
}
