/**
 * The relationship map: funding programs, forums and organisations in three columns, joined by
 * membership (forum → member organisation, solid lines) and funding (program → recipient, dashed
 * lines), drawn as one static SVG string. Pure and deterministic: plain data in, the same bytes
 * out for the same data (everything sorted by id, coordinates rounded, no generated ids).
 *
 * The layout is a small layered drawing (Sugiyama, Tamassia & Toda 1981): a funding link that
 * skips the forum column gets a waypoint in it, so its line crosses the column through a gap
 * between boxes, never behind one; columns are reordered by barycentres to cut crossings; each
 * box then sits as near as it can to the boxes it is joined to.
 */
import type { Forum } from '../schemas/forum.ts';
import type { Lang } from '../schemas/localized.ts';
import type { EntryRef } from '../schemas/reference.ts';
import { isRedacted, type RedactedValue } from '../schemas/redacted.ts';
import { canadaRoleKinds } from '../schemas/forum.ts';
import { escapeXml, measureText, wrapText } from './svg-text.ts';

// ---------------------------------------------------------------------------------------------
// The graph: what is drawn, whatever the layout.

/** A reference as the redact pass leaves it: an entry, or markers where a withheld entry was. */
type Ref = EntryRef | RedactedValue;

export interface MapEntity {
  id: string;
  /** The name shown on the map, in the page's language. */
  name: string;
  /** The name with its acronym, for the box's <title> (a tooltip on screen). */
  longName: string;
}

export interface MapForum extends MapEntity {
  /** Canada's current role in words ("Chair 2019–2020"), if any. */
  role?: string | undefined;
  members: readonly Ref[];
}

export interface MapProgram extends MapEntity {
  recipients: readonly { to: Ref }[];
}

export interface MapInput {
  forums: readonly MapForum[];
  organisations: readonly MapEntity[];
  programs: readonly MapProgram[];
}

export interface Membership {
  forum: string;
  organisation: string;
}

export interface Funding {
  program: string;
  /** The row of the program's `recipients` this link comes from. */
  recipient: number;
  to: { collection: 'forums' | 'stakeholders'; id: string };
}

export interface MapGraph {
  forums: MapForum[];
  organisations: MapEntity[];
  programs: MapProgram[];
  memberships: Membership[];
  fundings: Funding[];
}

const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * Resolves the references into links between entries that are present. A reference the public
 * edition replaced by markers, or to an entry this edition does not have, gives no link: the map
 * never names, nor hints at, a withheld entry.
 */
export function mapGraph(input: MapInput): MapGraph {
  const forums = byId(input.forums);
  const organisations = byId(input.organisations);
  const programs = byId(input.programs);
  const forumIds = new Set(forums.map((f) => f.id));
  const organisationIds = new Set(organisations.map((o) => o.id));
  const memberships: Membership[] = [];
  for (const forum of forums) {
    const seen = new Set<string>();
    for (const member of forum.members) {
      if (isRedacted(member) || member.collection !== 'stakeholders' || !organisationIds.has(member.id) || seen.has(member.id)) continue;
      seen.add(member.id);
      memberships.push({ forum: forum.id, organisation: member.id });
    }
  }
  memberships.sort((a, b) => compare(a.forum, b.forum) || compare(a.organisation, b.organisation));
  const fundings: Funding[] = [];
  for (const program of programs) {
    program.recipients.forEach(({ to }, recipient) => {
      if (isRedacted(to)) return;
      const present = to.collection === 'forums' ? forumIds.has(to.id) : to.collection === 'stakeholders' ? organisationIds.has(to.id) : false;
      if (present) fundings.push({ program: program.id, recipient, to: { collection: to.collection as 'forums' | 'stakeholders', id: to.id } });
    });
  }
  return { forums, organisations, programs, memberships, fundings };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// ---------------------------------------------------------------------------------------------
// Canada's role, in words.

type CanadaRole = Pick<Forum['canadaRoles'][number], 'role' | 'from' | 'to'>;

export interface RoleWords {
  roles: Record<CanadaRole['role'], string>;
  since: (year: string) => string;
}

// Chairing, co-chairing, vice-chairing and hosting say "member" already.
const leading = new Set<CanadaRole['role']>(['chair', 'co-chair', 'vice-chair', 'host']);

/**
 * Canada's roles in a forum in the year of the binder's as-of date, in words: "Chair 2019–2020",
 * "Member · Donor since 2010". English joins years with an en dash, French with a hyphen, as
 * federal French publications write them ("Présidence 2019-2020"). Undefined when none is current.
 */
export function describeCanadaRoles(roles: readonly CanadaRole[], year: number, words: RoleWords, lang: Lang): string | undefined {
  const current = roles.filter((r) => (r.from === undefined || r.from <= year) && (r.to === undefined || r.to >= year));
  const shown = current.some((r) => leading.has(r.role)) ? current.filter((r) => r.role !== 'member') : current;
  const years = (r: CanadaRole) =>
    r.from !== undefined && r.to !== undefined
      ? r.from === r.to
        ? `${r.from}`
        : `${r.from}${lang === 'fr' ? '-' : '–'}${r.to}`
      : r.from !== undefined
        ? words.since(String(r.from))
        : '';
  const texts = [...shown]
    .sort((a, b) => canadaRoleKinds.indexOf(a.role) - canadaRoleKinds.indexOf(b.role) || (a.from ?? 0) - (b.from ?? 0))
    .map((r) => [words.roles[r.role], years(r)].filter(Boolean).join(' '));
  const unique = [...new Set(texts)];
  return unique.length > 0 ? unique.join(' · ') : undefined;
}

// ---------------------------------------------------------------------------------------------
// Layout.

export interface MapLabels {
  /** Ids of the SVG's <title> and <desc> are `${idPrefix}-title` and `${idPrefix}-desc`. */
  idPrefix: string;
  title: string;
  description: string;
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
const ink = '#1b1b1b';
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

function drawLegend(labels: MapLabels, y: number): { svg: string; height: number } {
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

/** The whole map as an SVG string, ready to inline in HTML (or to save as a file). */
export function renderRelationshipMap(graph: MapGraph, labels: MapLabels): string {
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
  const titleId = `${labels.idPrefix}-title`;
  const descId = `${labels.idPrefix}-desc`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="relationship-map" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${escapeXml(titleId)} ${escapeXml(descId)}" font-family="sans-serif" fill="${ink}">`,
    `<title id="${escapeXml(titleId)}">${escapeXml(labels.title)}</title>`,
    `<desc id="${escapeXml(descId)}">${escapeXml(labels.description)}</desc>`,
    legend.svg,
    `<g class="map-headings">${headings.join('')}</g>`,
    `<g class="map-edges" aria-hidden="true">${edges.join('')}</g>`,
    `<g class="map-nodes">${columns.flat().filter((b) => b.kind !== 'waypoint').map(drawBox).join('')}</g>`,
    '</svg>',
  ].join('\n');
}
