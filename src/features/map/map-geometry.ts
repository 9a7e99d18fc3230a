/**
 * The relationship map's geometry: the drawing's width, its three columns, the boxes (an entity's
 * name and role wrapped to a column) and the lines that join them. Shared by the layout
 * (column-order.ts, column-placement.ts), the routing of edges (edge-routing.ts) and the SVG
 * writer (svg-drawing.ts).
 */
import type { MapEntity } from './relationship-map.ts';
import { wrapText } from './svg-text.ts';

export const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The drawing's width in SVG units. The page never shows it narrower than this many pixels on
 * screen (it scrolls instead), so 14-unit text stays 14px or more; on paper it gets a landscape
 * page, about 960px wide, so text stays above 12px.
 */
export const mapWidth = 1100;
export const width = mapWidth;
export const ink = '#1b1b1b';
export const margin = 12;
export const columnWidth = 280;
const gutter = (width - 2 * margin - 3 * columnWidth) / 2;
export const columnX = [margin, margin + columnWidth + gutter, margin + 2 * (columnWidth + gutter)] as const;
export const nameSize = 15;
export const nameLine = 19;
export const roleSize = 14;
export const roleLine = 18;
export const padX = 10;
export const padY = 9;
export const gap = 14;
export const fills = { program: '#fdf3e1', forum: '#e8f1fb', organisation: '#f3f3f3' } as const;

export type Kind = 'program' | 'forum' | 'organisation' | 'waypoint';

export interface Box {
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

export interface Line {
  kind: 'membership' | 'funding';
  /** The boxes it passes through, left to right: two, or three with a waypoint in the middle. */
  boxes: Box[];
}

export function makeBox(key: string, kind: Kind, layer: 0 | 1 | 2, entity?: MapEntity, role?: string): Box {
  const inner = columnWidth - 2 * padX;
  const name = entity ? wrapText(entity.name, inner, nameSize, true) : [];
  const roleLines = role ? wrapText(role, inner, roleSize, false) : [];
  const height = entity ? 2 * padY + name.length * nameLine + roleLines.length * roleLine + (roleLines.length > 0 ? 3 : 0) : 0;
  return { key, kind, layer, name, role: roleLines, title: entity?.longName ?? '', height, y: 0, left: [], right: [] };
}

export function join(a: Box, b: Box) {
  a.right.push(b);
  b.left.push(a);
}
export const stackHeight = (col: Box[]) => col.reduce((s, b) => s + b.height, 0) + Math.max(0, col.length - 1) * gap;
export const centre = (b: Box) => b.y + b.height / 2;

/** A coordinate as written in the SVG: rounded to a tenth, never "-0". */
export const num = (n: number) => {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
};

/** The dash pattern of funding lines, in the drawing and its legend. */
export const dash = '7 5';
