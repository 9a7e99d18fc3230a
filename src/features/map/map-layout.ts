/**
 * The layout of the relationship map: a small layered drawing (Sugiyama, Tagawa & Toda 1981) in
 * three columns. A funding link that skips the forum column gets a waypoint in it, so its line
 * crosses the column through a gap between boxes, never behind one; the columns are reordered by
 * barycentres to cut crossings; each box then sits as near as it can to the boxes it is joined
 * to. Deterministic: no randomness, ties broken by id, coordinates rounded to a tenth.
 */
import type { MapEntity, MapGraph } from './relationship-map.ts';
import { escapeXml, measureText, wrapText } from './svg-text.ts';

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The words drawn on the map, in the page's language. */
export interface DrawingLabels {
  columns: { programs: string; forums: string; organisations: string };
  legend: { membership: string; funding: string };
  /** "Canada: Chair 2019–2020", from the role in words. */
  canadaRole: (role: string) => string;
}

/**
 * The drawing's width in SVG units. The page never shows it narrower than this many pixels on
 * screen (it scrolls instead), so 14-unit text stays 14px or more; on paper it gets a landscape
 * page, about 960px wide, so text stays above 12px.
 */
export const mapWidth = 1100;
const width = mapWidth;
export const ink = '#1b1b1b';
const margin = 12;
const columnWidth = 280;
const gutter = (width - 2 * margin - 3 * columnWidth) / 2;
const columnX = [margin, margin + columnWidth + gutter, margin + 2 * (columnWidth + gutter)] as const;
const nameSize = 15;
const nameLine = 19;
const roleSize = 14;
const roleLine = 18;
const padX = 10;
const padY = 9;
const gap = 14;
const fills = { program: '#fdf3e1', forum: '#e8f1fb', organisation: '#f3f3f3' } as const;

type Kind = 'program' | 'forum' | 'organisation' | 'waypoint';

interface Box {
  key: string;
  kind: Kind;
  layer: 0 | 1 | 2;
  name: string[];
  role: string[];
  title: string;
  height: number;
  y: number;
  /** Boxes joined to this one, in the column to the left and to the right. */
  left: Box[];
  right: Box[];
}

interface Line {
  kind: 'membership' | 'funding';
  /** The boxes it passes through, left to right: two, or three with a waypoint in the middle. */
  boxes: Box[];
}

function makeBox(key: string, kind: Kind, layer: 0 | 1 | 2, entity?: MapEntity, role?: string): Box {
  const inner = columnWidth - 2 * padX;
  const name = entity ? wrapText(entity.name, inner, nameSize, true) : [];
  const roleLines = role ? wrapText(role, inner, roleSize, false) : [];
  const height = entity ? 2 * padY + name.length * nameLine + roleLines.length * roleLine + (roleLines.length > 0 ? 3 : 0) : 0;
  return { key, kind, layer, name, role: roleLines, title: entity?.longName ?? '', height, y: 0, left: [], right: [] };
}

function join(a: Box, b: Box) {
  a.right.push(b);
  b.left.push(a);
}

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
function orderColumns(columns: Box[][]): Box[][] {
  const isolated = (b: Box) => b.left.length === 0 && b.right.length === 0;
  let current = columns.map((c) => c.filter((b) => !isolated(b)));
  const tails = columns.map((c) => c.filter(isolated));
  const total = (cols: Box[][]) => {
    const rank = new Map<Box, number>();
    for (const col of cols) col.forEach((b, i) => rank.set(b, i));
    let sum = 0;
    for (const col of cols.slice(0, -1)) sum += crossings(col.flatMap((a) => a.right.map((b): [number, number] => [rank.get(a)!, rank.get(b)!])));
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

const stackHeight = (col: Box[]) => col.reduce((s, b) => s + b.height, 0) + Math.max(0, col.length - 1) * gap;
const centre = (b: Box) => b.y + b.height / 2;

/**
 * Places a column between `top` and `bottom`: each box as near as it can to the mean height of
 * the boxes it is joined to in `placed` columns, in order, never overlapping (a forward pass
 * pushes down, a backward pass pulls up what would overflow).
 */
function placeColumn(col: Box[], placed: Set<number>, top: number, bottom: number) {
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

// ---------------------------------------------------------------------------------------------
// Drawing.

const num = (n: number) => {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
};

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
  touching.forEach(({ line }, k) => map.set(line, box.kind === 'waypoint' ? box.y : box.y + (box.height * (k + 1)) / (touching.length + 1)));
  return map;
}

function linePath(line: Line, portsOf: (box: Box, side: 'left' | 'right') => Map<Line, number>): string {
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

function drawBox(box: Box): string {
  const x = columnX[box.layer];
  const rx = box.kind === 'program' ? 0 : box.kind === 'forum' ? 6 : 14;
  const fill = fills[box.kind as keyof typeof fills];
  const text: string[] = [];
  let y = box.y + padY;
  for (const line of box.name) {
    y += nameLine;
    text.push(`<text x="${num(x + padX)}" y="${num(y - 5)}" font-size="${nameSize}" font-weight="700">${escapeXml(line)}</text>`);
  }
  if (box.role.length > 0) y += 3;
  for (const line of box.role) {
    y += roleLine;
    text.push(`<text x="${num(x + padX)}" y="${num(y - 5)}" font-size="${roleSize}">${escapeXml(line)}</text>`);
  }
  return [
    `<g class="map-node map-node--${box.kind}">`,
    `<title>${escapeXml(box.title)}</title>`,
    `<rect x="${num(x)}" y="${num(box.y)}" width="${columnWidth}" height="${num(box.height)}" rx="${rx}" fill="${fill}" stroke="${ink}" stroke-width="1.25"/>`,
    ...text,
    '</g>',
  ].join('');
}

const dash = '7 5';

function drawLegend(labels: DrawingLabels, y: number): { svg: string; height: number } {
  const sample = 44;
  const items = [
    { text: labels.legend.membership, dashed: false },
    { text: labels.legend.funding, dashed: true },
  ];
  const widths = items.map((item) => sample + 8 + measureText(item.text, roleSize, false));
  const oneRow = widths.reduce((s, w) => s + w, 0) + 32 <= width - 2 * margin;
  const parts: string[] = [];
  let x = margin;
  let row = y;
  items.forEach((item, i) => {
    if (!oneRow && i > 0) {
      x = margin;
      row += 24;
    }
    parts.push(
      `<line x1="${num(x)}" y1="${num(row + 9)}" x2="${num(x + sample)}" y2="${num(row + 9)}" stroke="${ink}" stroke-width="2"${item.dashed ? ` stroke-dasharray="${dash}"` : ''} aria-hidden="true"/>`,
      `<text x="${num(x + sample + 8)}" y="${num(row + 14)}" font-size="${roleSize}">${escapeXml(item.text)}</text>`,
    );
    x += widths[i]! + 32;
  });
  return { svg: `<g class="map-legend">${parts.join('')}</g>`, height: row - y + 20 };
}

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

/** Lays out and draws the map. */
export function drawMap(graph: MapGraph, labels: DrawingLabels): Drawing {
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

  const legend = drawLegend(labels, margin);
  const headingY = margin + legend.height + 22;
  const top = headingY + 14;
  const columns = orderColumns([programs, [...forums, ...waypoints], organisations]);
  const heights = columns.map(stackHeight);
  const tallest = heights.indexOf(Math.max(...heights));
  const bottom = top + Math.max(0, ...heights);
  // Stack the tallest column, then its neighbours next to what they are joined to, outwards.
  const placed = new Set<number>();
  for (const layer of [tallest, ...[0, 1, 2].filter((l) => l !== tallest).sort((a, b) => Math.abs(a - tallest) - Math.abs(b - tallest) || a - b)]) {
    placeColumn(columns[layer]!, placed, top, bottom);
    placed.add(layer);
  }
  const height = Math.ceil(bottom + margin);

  const portCache = new Map<string, Map<Line, number>>();
  const portsOf = (box: Box, side: 'left' | 'right') => {
    const key = `${box.key}:${side}`;
    let map = portCache.get(key);
    if (!map) portCache.set(key, (map = ports(box, side, lines)));
    return map;
  };
  const headings = [labels.columns.programs, labels.columns.forums, labels.columns.organisations].map(
    (text, i) => `<text x="${num(columnX[i as 0 | 1 | 2] + columnWidth / 2)}" y="${num(headingY)}" font-size="16" font-weight="700" text-anchor="middle">${escapeXml(text)}</text>`,
  );
  const edges = lines.map(
    (line) =>
      `<path class="map-edge map-edge--${line.kind}" d="${linePath(line, portsOf)}" fill="none" stroke="${ink}" stroke-width="1.5"${line.kind === 'funding' ? ` stroke-dasharray="${dash}"` : ''} aria-hidden="true"/>`,
  );
  return {
    width,
    height,
    head: `${legend.svg}\n<g class="map-headings">${headings.join('')}</g>`,
    edges: `<g class="map-edges" aria-hidden="true">${edges.join('')}</g>`,
    boxes: columns
      .flat()
      .filter((b) => b.kind !== 'waypoint')
      .map((b) => ({ top: b.y, bottom: b.y + b.height, svg: drawBox(b) })),
  };
}
