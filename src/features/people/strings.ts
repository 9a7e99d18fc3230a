/**
 * Interface strings of people's pages and of <Person> in MDX, in both languages. French
 * typography: a no-break space before : ; ! ? (written \u00a0).
 */
import type { Lang } from '../../schemas/localized.ts';

const en = {
  titles: 'Titles',
  title: 'Title',
  from: 'From',
  to: 'To',
  present: 'present',
  organisation: 'Organization',
  contact: 'Contact',
  contacts: 'Key contacts',
  name: 'Name',
  email: 'E-mail',
  telephone: 'Telephone',
  address: 'Address',
  attendees: 'Attending',
  /** Between two attendees (a no-break space before the semicolon in French). */
  attendeeSeparator: '; ',
  appearsIn: 'Where this person appears',
  noAppearances: 'No other page of the binder names this person.',
  /** A span of a title's dates: "2019 to 2023", "since July 2023". */
  span: (from: string | undefined, to: string | undefined): string =>
    from && to ? `${from} to ${to}` : from ? `since ${from}` : to ? `until ${to}` : '',
  /** What role a page gives the person: the label of each kind of appearance. */
  roles: {
    representation: 'Represents the department',
    attendee: 'Attends',
    contact: 'Key contact',
    mention: 'Named',
  },
};

export type PeopleStrings = typeof en;

const fr: PeopleStrings = {
  titles: 'Titres',
  title: 'Titre',
  from: 'Depuis',
  to: 'Jusqu’à',
  present: 'aujourd’hui',
  organisation: 'Organisation',
  contact: 'Coordonnées',
  contacts: 'Personnes-ressources',
  name: 'Nom',
  email: 'Courriel',
  telephone: 'Téléphone',
  address: 'Adresse',
  attendees: 'Participants',
  attendeeSeparator: '\u00a0; ',
  appearsIn: 'Pages où figure cette personne',
  noAppearances: 'Aucune autre page du cahier ne nomme cette personne.',
  span: (from, to) => (from && to ? `de ${from} à ${to}` : from ? `depuis ${from}` : to ? `jusqu’à ${to}` : ''),
  roles: {
    representation: 'Représente le ministère',
    attendee: 'Participe',
    contact: 'Personne-ressource',
    mention: 'Nommée',
  },
};

export const peopleStrings: Record<Lang, PeopleStrings> = { en, fr };
