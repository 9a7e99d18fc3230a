/**
 * The routing of the map's edges: where each line meets the side of a box, and its path (cubic
 * curves between columns, straight across the forum column through a waypoint's gap).
 */
import { centre, columnWidth, columnX, compare, num, type Box, type Line } from './map-geometry.ts';

/** Where each line meets a box: spread over the box's side, ordered by the other end's height. */
function ports(box: Box, side: 'left' | 'right', lines: Line[]): Map<Line, number> {
  const touching = lines.flatMap((line) => {
    const i = line.boxes.indexOf(box);
    if (i < 0) return [];
    const other = line.boxes[side === 'left' ? i - 1 : i + 1];
    return other ? [{ line, other }] : [];
  });
  touching.sort((a, b) => centre(a.other) - centre(b.other) || compare(a.other.key, b.other.key));
  const map = new Map<Line, number>();
  touching.forEach(({ line }, k) =>
    map.set(line, box.kind === 'waypoint' ? box.y : box.y + (box.height * (k + 1)) / (touching.length + 1)),
  );
  return map;
}

export function linePath(line: Line, portsOf: PortFinder): string {
  const parts: string[] = [];
  line.boxes.forEach((box, i) => {
    const x = columnX[box.layer];
    if (i === 0) {
      parts.push(`M${num(x + columnWidth)} ${num(portsOf(box, 'right').get(line)!)}`);
      return;
    }
    const prev = line.boxes[i - 1]!;
    const x1 = columnX[prev.layer] + columnWidth;
    const y1 = portsOf(prev, 'right').get(line)!;
    const y2 = portsOf(box, 'left').get(line)!;
    const bend = (x - x1) / 2;
    parts.push(`C${num(x1 + bend)} ${num(y1)} ${num(x - bend)} ${num(y2)} ${num(x)} ${num(y2)}`);
    // A waypoint: straight across the forum column, through the gap it was given.
    if (box.kind === 'waypoint') parts.push(`H${num(x + columnWidth)}`);
  });
  return parts.join(' ');
}

/** Where a box's lines meet one of its sides, by line. */
export type PortFinder = (box: Box, side: 'left' | 'right') => Map<Line, number>;

/** The ports of every box among `lines`, each side worked out once. */
export function portFinder(lines: Line[]): PortFinder {
  const cache = new Map<string, Map<Line, number>>();
  return (box, side) => {
    const key = `${box.key}:${side}`;
    let map = cache.get(key);
    if (!map) cache.set(key, (map = ports(box, side, lines)));
    return map;
  };
}
