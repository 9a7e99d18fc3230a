/**
 * Interface strings of the engagements calendar (its page, its .ics files, and the upcoming/past
 * split of an entry's meetings), next to each other in both languages. French typography: a
 * no-break space (U+00A0) before : ; ! ?
 */
import type { Lang } from '../../schemas/localized.ts';

const en = {
  title: 'Engagements calendar',
  intro: (asOf: string) => `Meetings and events of the forums, organizations and briefing notes in this binder, as of ${asOf}.`,
  download: 'Download the calendar (.ics)',
  downloadHint: 'for Outlook, Google Calendar or Apple Calendar',
  undated: 'Meetings known only by their month, season or year are listed here but not in the calendar file, which needs a day.',
  withheldLeftOut: 'Meetings with withheld details are listed here with their markers but left out of the calendar file.',
  upcoming: 'Upcoming',
  past: 'Past',
  withheld: 'Withheld',
  noUpcoming: 'No upcoming meetings are recorded.',
  noPast: 'No past meetings are recorded.',
  /** The home page's list of the next meetings. */
  upcomingMeetings: 'Upcoming meetings',
  /** The heading of a year's meetings known only by a season or the year, after that year's months. */
  seasonGroup: (year: number) => `${year}: by season or year`,
  /** Around a meeting's theme. */
  quotes: ['“', '”'] as [string, string],
  entry: 'Entry',
  searchType: 'Calendar',
  /** Calendar file: the calendar's name in calendar applications. */
  calendarName: (binder: string) => `${binder}: engagements`,
  /** Calendar file: the line of an event's description that gives its theme. */
  theme: (theme: string) => `Theme: ${theme}`,
  /** Calendar file, internal edition: before the title of an event the public edition leaves out. */
  withheldPrefix: '[Withheld from the public edition] ',
  /** Before a meeting's agenda items, on the page and in the calendar file. */
  agenda: 'Agenda',
  /** Calendar file: the line of an event's description that gives its time as written, in its zone. */
  time: (time: string) => `Time: ${time}`,
  /** Calendar file: the line of an event's description that lists its agenda items. */
  agendaLine: (items: string) => `Agenda: ${items}`,
  /** Calendar file: the line of an event's description that names who attends, as the meeting's page does. */
  attendeesLine: (people: string) => `Attending: ${people}`,
  /** Between agenda items, written inline. */
  agendaSeparator: '; ',
};

export type CalendarStrings = typeof en;

const fr: CalendarStrings = {
  title: 'Calendrier des engagements',
  intro: (asOf: string) => `Réunions et événements des forums, des organisations et des notes d’information de ce cahier, au ${asOf}.`,
  download: 'Télécharger le calendrier (.ics)',
  downloadHint: 'pour Outlook, Google Agenda ou Calendrier d’Apple',
  undated:
    'Les réunions dont on ne connaît que le mois, la saison ou l’année figurent ici, mais pas dans le fichier de calendrier, qui exige un jour.',
  withheldLeftOut:
    'Les réunions dont certains détails sont caviardés figurent ici avec leur mention, mais pas dans le fichier de calendrier.',
  upcoming: 'À venir',
  past: 'Passées',
  withheld: 'Caviardées',
  noUpcoming: 'Aucune réunion à venir n’est inscrite.',
  noPast: 'Aucune réunion passée n’est inscrite.',
  upcomingMeetings: 'Réunions à venir',
  seasonGroup: (year: number) => `${year}\u00a0: par saison ou par année`,
  quotes: ['«\u00a0', '\u00a0»'],
  entry: 'Fiche',
  searchType: 'Calendrier',
  calendarName: (binder: string) => `${binder}\u00a0: engagements`,
  theme: (theme: string) => `Thème\u00a0: ${theme}`,
  withheldPrefix: '[Soustrait à l’édition publique] ',
  agenda: 'Ordre du jour',
  time: (time: string) => `Heure\u00a0: ${time}`,
  agendaLine: (items: string) => `Ordre du jour\u00a0: ${items}`,
  attendeesLine: (people: string) => `Participants\u00a0: ${people}`,
  agendaSeparator: '\u00a0; ',
};

export const calendarStrings: Record<Lang, CalendarStrings> = { en, fr };
