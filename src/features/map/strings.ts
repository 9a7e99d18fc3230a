/**
 * Interface strings of the relationship map (/en/relationships/, /fr/relations/), kept next to
 * the one page that uses them. French typography: U+00A0 before : ; ! ? and inside « ».
 */
import type { Lang } from '../../schemas/localized.ts';

export interface MapCounts {
  forums: number;
  organisations: number;
  programs: number;
  memberships: number;
  fundings: number;
}

const plural = (n: number, one: string, many: string, lang: Lang) => `${n}\u00a0${(lang === 'fr' ? n <= 1 : n === 1) ? one : many}`;

const en = {
  title: 'Relationship map',
  searchType: 'Relationship map',
  intro:
    'How the forums, organizations and funding programs of this binder are connected: which organizations sit on each forum, what the department funds, and Canada’s current role on each forum. The tables list the links first, and a drawing of them follows.',
  caption:
    'Funding programs (left) fund forums and organizations; forums (centre) are joined to their member organizations (right). Solid lines show membership, dashed lines show funding.',
  svgTitle: 'Map of the forums, organizations and funding programs in this binder',
  svgDescription: (c: MapCounts) =>
    `${plural(c.forums, 'forum', 'forums', 'en')}, ${plural(c.organisations, 'organization', 'organizations', 'en')} and ${plural(c.programs, 'funding program', 'funding programs', 'en')}, joined by ${plural(c.memberships, 'membership link', 'membership links', 'en')} (solid lines, from a forum to a member organization) and ${plural(c.fundings, 'funding link', 'funding links', 'en')} (dashed lines, from a program to the forum or organization it funds). Each forum shows Canada’s current role. The tables before the drawing list the same links.`,
  columns: { programs: 'Funding programs', forums: 'Forums', organisations: 'Organizations' },
  legend: { membership: 'Membership: forum to member organization', funding: 'Funding: program to recipient' },
  canadaRole: (role: string) => `Canada: ${role}`,
  drawingHeading: 'The map as a drawing',
  toDrawing: 'Go to the drawing of the map',
  forumsHeading: 'Forums and their members',
  forum: 'Forum',
  role: 'Canada’s current role',
  members: 'Member organizations',
  fundingHeading: 'Funding links',
  program: 'Program',
  recipient: 'Recipient',
  purpose: 'Purpose',
  none: 'None recorded',
  noRole: 'No current role',
  noForums: 'No forum is recorded.',
  tooLarge: (count: number, limit: number) =>
    `This binder has ${count} forums, organizations and programs, too many for one readable drawing (the map is drawn for up to ${limit}). The tables below list every link, and each entry’s page lists its own.`,
  noFunding: 'No funding link is recorded.',
};

export type MapStrings = typeof en;

const fr: MapStrings = {
  title: 'Carte des relations',
  searchType: 'Carte des relations',
  intro:
    'Les liens entre les forums, les organisations et les programmes de financement de ce cahier\u00a0: les organisations qui siègent à chaque forum, ce que finance le Ministère et le rôle actuel du Canada dans chaque forum. Les tableaux présentent d’abord ces liens, puis un dessin les montre.',
  caption:
    'Les programmes de financement (à gauche) financent des forums et des organisations\u00a0; les forums (au centre) sont reliés à leurs organisations membres (à droite). Un trait plein indique l’adhésion, un trait tireté, le financement.',
  svgTitle: 'Carte des forums, des organisations et des programmes de financement de ce cahier',
  svgDescription: (c: MapCounts) =>
    `${plural(c.forums, 'forum', 'forums', 'fr')}, ${plural(c.organisations, 'organisation', 'organisations', 'fr')} et ${plural(c.programs, 'programme de financement', 'programmes de financement', 'fr')}, reliés par ${plural(c.memberships, 'lien d’adhésion', 'liens d’adhésion', 'fr')} (traits pleins, d’un forum à une organisation membre) et ${plural(c.fundings, 'lien de financement', 'liens de financement', 'fr')} (traits tiretés, d’un programme au forum ou à l’organisation qu’il finance). Chaque forum indique le rôle actuel du Canada. Les tableaux qui précèdent le dessin présentent les mêmes liens.`,
  columns: { programs: 'Programmes de financement', forums: 'Forums', organisations: 'Organisations' },
  legend: { membership: 'Adhésion\u00a0: forum et organisation membre', funding: 'Financement\u00a0: programme et bénéficiaire' },
  canadaRole: (role: string) => `Canada\u00a0: ${role}`,
  drawingHeading: 'La carte en dessin',
  toDrawing: 'Aller au dessin de la carte',
  forumsHeading: 'Forums et leurs membres',
  forum: 'Forum',
  role: 'Rôle actuel du Canada',
  members: 'Organisations membres',
  fundingHeading: 'Liens de financement',
  program: 'Programme',
  recipient: 'Bénéficiaire',
  purpose: 'Objet',
  none: 'Aucune',
  noRole: 'Aucun rôle actuel',
  noForums: 'Aucun forum n’est consigné.',
  tooLarge: (count: number, limit: number) =>
    `Ce cahier compte ${count}\u00a0forums, organisations et programmes, trop pour un seul dessin lisible (la carte est dessinée jusqu’à ${limit}). Les tableaux ci-dessous donnent tous les liens, et la page de chaque entrée donne les siens.`,
  noFunding: 'Aucun lien de financement n’est consigné.',
};

export const mapStrings: Record<Lang, MapStrings> = { en, fr };
