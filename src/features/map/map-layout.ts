/**
 * The layout of the relationship map: a small layered drawing (Sugiyama, Tagawa & Toda 1981) in
 * three columns. A funding link that skips the forum column gets a waypoint in it, so its line
 * crosses the column through a gap between boxes, never behind one; the columns are reordered by
 * barycentres to cut crossings; each box then sits as near as it can to the boxes it is joined
 * to. Deterministic: no randomness, ties broken by id, coordinates rounded to a tenth.
 */
import type { MapGraph } from './relationship-map.ts';
import { ink, join, makeBox, margin, mapWidth, stackHeight, width, type Box, type Line } from './map-geometry.ts';
import { orderColumns } from './column-order.ts';
import { placeColumn } from './column-placement.ts';
import { portFinder } from './edge-routing.ts';
import { drawBox, drawEdge, drawHeadings, drawLegend, type DrawingLabels } from './svg-drawing.ts';

export { ink, mapWidth, type DrawingLabels };

export interface DrawnBox {
  top: number;
  bottom: number;
  svg: string;
}

export interface Drawing {
  width: number;
  height: number;
  /** The legend and the column headings. */
  head: string;
  /** Every line, in one group hidden from assistive technology. */
  edges: string;
  /** Every box, column by column, top to bottom. */
  boxes: DrawnBox[];
}

/** The SVG's content (without its root), with all boxes or only some. */
export function drawingContent(drawing: Drawing, boxes: readonly DrawnBox[] = drawing.boxes): string {
  return [drawing.head, drawing.edges, `<g class="map-nodes">${boxes.map((b) => b.svg).join('')}</g>`].join('\n');
}

/** The boxes of the map, joined as the graph says: a funding link that skips the forum column gets a waypoint in it. */
function joinBoxes(graph: MapGraph, labels: DrawingLabels) {
  const programs = graph.programs.map((p) => makeBox(`p/${p.id}`, 'program', 0, p));
  const forums = graph.forums.map((f) => makeBox(`f/${f.id}`, 'forum', 1, f, f.role ? labels.canadaRole(f.role) : undefined));
  const organisations = graph.organisations.map((o) => makeBox(`o/${o.id}`, 'organisation', 2, o));
  const find = (boxes: Box[], key: string) => boxes.find((b) => b.key === key)!;
  const lines: Line[] = [];
  const waypoints: Box[] = [];
  for (const m of graph.memberships) {
    const forum = find(forums, `f/${m.forum}`);
    const organisation = find(organisations, `o/${m.organisation}`);
    join(forum, organisation);
    lines.push({ kind: 'membership', boxes: [forum, organisation] });
  }
  for (const f of graph.fundings) {
    const program = find(programs, `p/${f.program}`);
    if (f.to.collection === 'forums') {
      const forum = find(forums, `f/${f.to.id}`);
      join(program, forum);
      lines.push({ kind: 'funding', boxes: [program, forum] });
    } else {
      const organisation = find(organisations, `o/${f.to.id}`);
      const waypoint = makeBox(`w/${f.program}/${f.recipient}`, 'waypoint', 1);
      join(program, waypoint);
      join(waypoint, organisation);
      waypoints.push(waypoint);
      lines.push({ kind: 'funding', boxes: [program, waypoint, organisation] });
    }
  }
  return { columns: [programs, [...forums, ...waypoints], organisations], lines };
}

/** Places the ordered columns from `top` down; returns the foot of the tallest. */
function placeColumns(columns: Box[][], top: number): number {
  const heights = columns.map(stackHeight);
  const tallest = heights.indexOf(Math.max(...heights));
  const bottom = top + Math.max(0, ...heights);
  // Stack the tallest column, then its neighbours next to what they are joined to, outwards.
  const placed = new Set<number>();
  for (const layer of [
    tallest,
    ...[0, 1, 2].filter((l) => l !== tallest).sort((a, b) => Math.abs(a - tallest) - Math.abs(b - tallest) || a - b),
  ]) {
    placeColumn(columns[layer]!, placed, top, bottom);
    placed.add(layer);
  }
  return bottom;
}

/** Lays out and draws the map. */
export function drawMap(graph: MapGraph, labels: DrawingLabels): Drawing {
  const joined = joinBoxes(graph, labels);
  const legend = drawLegend(labels, margin);
  const headingY = margin + legend.height + 22;
  const columns = orderColumns(joined.columns);
  const bottom = placeColumns(columns, headingY + 14);
  const portsOf = portFinder(joined.lines);
  return {
    width,
    height: Math.ceil(bottom + margin),
    head: `${legend.svg}\n<g class="map-headings">${drawHeadings(labels, headingY)}</g>`,
    edges: `<g class="map-edges" aria-hidden="true">${joined.lines.map((line) => drawEdge(line, portsOf)).join('')}</g>`,
    boxes: columns
      .flat()
      .filter((b) => b.kind !== 'waypoint')
      .map((b) => ({ top: b.y, bottom: b.y + b.height, svg: drawBox(b) })),
  };
}
