/**
 * The relationship map: funding programs, forums and organisations in three columns, joined by
 * membership (forum → member organisation, solid lines) and funding (program → recipient, dashed
 * lines), drawn as a static SVG string (layout in map-layout.ts). Pure and deterministic: plain
 * data in, the same bytes out for the same data (sorted by id, coordinates rounded, fixed ids).
 */
import type { Forum } from '../../schemas/forum.ts';
import type { Lang } from '../../schemas/localized.ts';
import type { EntryRef } from '../../schemas/reference.ts';
import { isRedacted, type RedactedValue } from '../../schemas/redacted.ts';
import { canadaRoleKinds } from '../../schemas/forum.ts';
import { escapeXml } from './svg-text.ts';
import { drawingContent, drawMap, ink, mapWidth, type DrawingLabels } from './map-layout.ts';

export { mapWidth };

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
  /** A recipient group (`{ group }`, funding/recipient.ts) is no entry: the map leaves it out. */
  recipients: readonly { to: Ref | { group: unknown } }[];
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
      if (isRedacted(to) || 'group' in to) return;
      const present =
        to.collection === 'forums' ? forumIds.has(to.id) : to.collection === 'stakeholders' ? organisationIds.has(to.id) : false;
      if (present)
        fundings.push({ program: program.id, recipient, to: { collection: to.collection as 'forums' | 'stakeholders', id: to.id } });
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
// The SVG: one image for the screen, and the same drawing cut into pages for paper.

export interface MapLabels extends DrawingLabels {
  /** Ids of the SVG's <title> and <desc> are `${idPrefix}-title` and `${idPrefix}-desc`. */
  idPrefix: string;
  title: string;
  description: string;
}

/** The map as one SVG image, named by its own <title> and <desc>, ready to inline in HTML. */
/**
 * The largest binder the map is drawn for (forums, organisations and programs together). Past
 * that, one drawing is neither readable nor cheap (at 650 boxes the SVG is 5 MB, drawn again for
 * paper), so the page gives the same links as tables only.
 */
export const mapDrawingLimit = 150;

export function renderRelationshipMap(graph: MapGraph, labels: MapLabels): string {
  const drawing = drawMap(graph, labels);
  const { width, height } = drawing;
  const titleId = escapeXml(`${labels.idPrefix}-title`);
  const descId = escapeXml(`${labels.idPrefix}-desc`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="relationship-map" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${titleId} ${descId}" font-family="sans-serif" fill="${ink}">`,
    `<title id="${titleId}">${escapeXml(labels.title)}</title>`,
    `<desc id="${descId}">${escapeXml(labels.description)}</desc>`,
    drawingContent(drawing),
    '</svg>',
  ].join('\n');
}

/**
 * Where to cut a drawing `height` high into bands no higher than `max`, so that every box is whole
 * in at least one band: at the line nearest the foot of the band that no box crosses, if there is
 * one in its lower 40 %; otherwise at the foot, and the next band starts above the boxes crossing
 * it, so they are drawn whole again at its head (the lines carry on across the break). Only a box
 * nearly as high as a band is cut.
 */
export function bandCuts(height: number, boxes: readonly (readonly [number, number])[], max: number): [number, number][] {
  const clearance = 2;
  const crossing = (y: number) => boxes.filter(([top, bottom]) => top - clearance < y && bottom + clearance > y);
  const bands: [number, number][] = [];
  let start = 0;
  while (height - start > max) {
    const foot = start + max;
    const clear = [foot, ...boxes.flatMap(([top, bottom]) => [top - clearance, bottom + clearance])]
      .filter((y) => y >= start + 0.6 * max && y <= foot && crossing(y).length === 0)
      .sort((a, b) => b - a)[0];
    const above = Math.min(foot, ...crossing(foot).map(([top]) => top - clearance));
    bands.push([start, clear ?? foot]);
    start = clear ?? (above > start + max / 8 ? above : foot);
  }
  bands.push([start, height]);
  return bands;
}

/**
 * The same drawing as several SVGs, each a band of it no higher than `maxHeight` units, for paper
 * (one band a page). A box is drawn in the bands that hold it whole, so a page break never splits
 * one. They are copies for print only, hidden from assistive technology (the screen image and the
 * tables carry the same content).
 */
export function renderPrintBands(graph: MapGraph, labels: DrawingLabels, maxHeight: number): string[] {
  const drawing = drawMap(graph, labels);
  const bands = bandCuts(
    drawing.height,
    drawing.boxes.map((b) => [b.top, b.bottom] as const),
    maxHeight,
  );
  const inside = (b: { top: number; bottom: number }, [top, bottom]: [number, number]) => b.top >= top && b.bottom <= bottom;
  return bands.map((band) => {
    const [top, bottom] = band;
    const boxes = drawing.boxes.filter(
      (b) => inside(b, band) || (!bands.some((other) => inside(b, other)) && b.top < bottom && b.bottom > top),
    );
    const y = Math.round(top * 10) / 10;
    const h = Math.round((bottom - top) * 10) / 10;
    return `<svg xmlns="http://www.w3.org/2000/svg" class="relationship-map-band" viewBox="0 ${y} ${drawing.width} ${h}" width="${drawing.width}" height="${h}" aria-hidden="true" font-family="sans-serif" fill="${ink}">\n${drawingContent(drawing, boxes)}\n</svg>`;
  });
}
