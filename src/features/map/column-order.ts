/**
 * Crossing reduction for the map's columns (the second step of Sugiyama, Tagawa & Toda 1981):
 * barycentre sweeps, keeping the best order seen. Deterministic: sorts are stable, so ties keep
 * the order by id the graph gave them.
 */
import type { Box } from './map-geometry.ts';

/** Crossings between two adjacent columns, for the rank of each box. */
function crossings(lines: [number, number][]): number {
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const [a1, b1] = lines[i]!;
      const [a2, b2] = lines[j]!;
      if ((a1 - a2) * (b1 - b2) < 0) count++;
    }
  }
  return count;
}

/** Orders the columns to cut crossings: barycentre sweeps, keeping the best order seen. */
export function orderColumns(columns: Box[][]): Box[][] {
  const isolated = (b: Box) => b.left.length === 0 && b.right.length === 0;
  let current = columns.map((c) => c.filter((b) => !isolated(b)));
  const tails = columns.map((c) => c.filter(isolated));
  const total = (cols: Box[][]) => {
    const rank = new Map<Box, number>();
    for (const col of cols) col.forEach((b, i) => rank.set(b, i));
    let sum = 0;
    for (const col of cols.slice(0, -1))
      sum += crossings(col.flatMap((a) => a.right.map((b): [number, number] => [rank.get(a)!, rank.get(b)!])));
    return sum;
  };
  const reorder = (cols: Box[][], layer: number, side: 'left' | 'right') => {
    const rank = new Map<Box, number>();
    for (const col of cols) col.forEach((b, i) => rank.set(b, col.length > 1 ? i / (col.length - 1) : 0.5));
    const col = cols[layer]!;
    const bary = new Map(
      col.map((b) => {
        const next = b[side];
        return [b, next.length > 0 ? next.reduce((s, n) => s + rank.get(n)!, 0) / next.length : rank.get(b)!];
      }),
    );
    const sorted = [...col].sort((a, b) => bary.get(a)! - bary.get(b)!); // stable: ties keep their order
    return cols.map((c, i) => (i === layer ? sorted : c));
  };
  let best = current;
  let bestCount = total(current);
  for (let round = 0; round < 8 && bestCount > 0; round++) {
    current = reorder(current, 1, 'left');
    current = reorder(current, 2, 'left');
    current = reorder(current, 1, 'right');
    current = reorder(current, 0, 'right');
    const count = total(current);
    if (count < bestCount) {
      best = current;
      bestCount = count;
    }
  }
  return best.map((col, i) => [...col, ...tails[i]!]);
}
