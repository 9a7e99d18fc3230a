/** The SVG of the map's parts: boxes, lines, column headings and legend. */
import {
  columnWidth,
  columnX,
  dash,
  fills,
  ink,
  margin,
  nameLine,
  nameSize,
  num,
  padX,
  padY,
  roleLine,
  roleSize,
  width,
  type Box,
  type Line,
} from './map-geometry.ts';
import { linePath, type PortFinder } from './edge-routing.ts';
import { escapeXml, measureText } from './svg-text.ts';

/** The words drawn on the map, in the page's language. */
export interface DrawingLabels {
  columns: { programs: string; forums: string; organisations: string };
  legend: { membership: string; funding: string };
  /** "Canada: Chair 2019–2020", from the role in words. */
  canadaRole: (role: string) => string;
}

export function drawBox(box: Box): string {
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

export function drawLegend(labels: DrawingLabels, y: number): { svg: string; height: number } {
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

/** The three column headings, centred over their columns at `y`. */
export function drawHeadings(labels: DrawingLabels, y: number): string {
  return [labels.columns.programs, labels.columns.forums, labels.columns.organisations]
    .map(
      (text, i) =>
        `<text x="${num(columnX[i as 0 | 1 | 2] + columnWidth / 2)}" y="${num(y)}" font-size="16" font-weight="700" text-anchor="middle">${escapeXml(text)}</text>`,
    )
    .join('');
}

/** One line: solid for membership, dashed for funding. */
export function drawEdge(line: Line, portsOf: PortFinder): string {
  return `<path class="map-edge map-edge--${line.kind}" d="${linePath(line, portsOf)}" fill="none" stroke="${ink}" stroke-width="1.5"${line.kind === 'funding' ? ` stroke-dasharray="${dash}"` : ''} aria-hidden="true"/>`;
}
