/**
 * Interface strings of the notes that have fields of their own (committee appearances, Question
 * Period notes, letters), of the people every note names, and of the Question Period notes page,
 * in both languages.
 */
import type { Lang } from '../../schemas/localized.ts';
import type { segments } from '../../schemas/note-kinds.ts';

type Segment = (typeof segments)[number];

const en = {
  fields: {
    committee: 'Committee',
    time: 'Time (Ottawa)',
    parliament: 'Parliament',
    study: 'Estimates or study',
    invited: 'Invited',
    openingStatement: 'Opening statement',
    due: 'Due',
    issue: 'Issue',
    organisation: 'Organization',
    minister: 'Minister',
    from: 'From',
    to: 'To',
    enclosures: 'Enclosures',
    contact: 'Contact',
    signatories: 'Signed by',
    preparedBy: 'Prepared by',
    approvedBy: 'Approved by',
    contacts: 'Contacts',
  },
  segments: { 'whole-meeting': 'Whole meeting', 'first-hour': 'First hour', 'second-hour': 'Second hour' } satisfies Record<
    Segment,
    string
  >,
  /** "44th Parliament, 1st Session" */
  parliament: (parliament: number, session: number) => `${ordinalEn(parliament)} Parliament, ${ordinalEn(session)} Session`,
  minutes: (n: number) => (n === 1 ? '1 minute' : `${n} minutes`),
  hoursBefore: (n: number) => (n === 1 ? '1 hour before the appearance' : `${n} hours before the appearance`),
  daysBefore: (n: number) => (n === 1 ? '1 day before the appearance' : `${n} days before the appearance`),
  /** The letter's parts, for screen readers and the page's outline. */
  letter: 'The letter',
  qp: {
    title: 'Question Period notes',
    intro:
      'The notes prepared for Question Period, newest first: the issue, the organization responsible and the minister who would answer.',
    caption: 'Question Period notes, newest first',
    date: 'Date',
    note: 'Note',
    none: 'There are no Question Period notes in this edition.',
    link: 'All Question Period notes',
  },
};

/** "1st", "2nd", "3rd", "11th", "44th". */
function ordinalEn(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

export type NoteKindStrings = typeof en;

const fr: NoteKindStrings = {
  fields: {
    committee: 'Comité',
    time: 'Heure (Ottawa)',
    parliament: 'Législature',
    study: 'Budget des dépenses ou étude',
    invited: 'Invités',
    openingStatement: 'Déclaration préliminaire',
    due: 'Échéance',
    issue: 'Enjeu',
    organisation: 'Organisation',
    minister: 'Ministre',
    from: 'Expéditeur',
    to: 'Destinataire',
    enclosures: 'Pièces jointes',
    contact: 'Personne-ressource',
    signatories: 'Signée par',
    preparedBy: 'Préparée par',
    approvedBy: 'Approuvée par',
    contacts: 'Personnes-ressources',
  },
  segments: { 'whole-meeting': 'Toute la réunion', 'first-hour': 'Première heure', 'second-hour': 'Deuxième heure' },
  /** "44e législature, 1re session" */
  parliament: (parliament: number, session: number) =>
    `${parliament}e\u00a0législature, ${session === 1 ? '1re' : `${session}e`}\u00a0session`,
  minutes: (n: number) => (n === 1 ? '1\u00a0minute' : `${n}\u00a0minutes`),
  hoursBefore: (n: number) => (n === 1 ? '1\u00a0heure avant la comparution' : `${n}\u00a0heures avant la comparution`),
  daysBefore: (n: number) => (n === 1 ? '1\u00a0jour avant la comparution' : `${n}\u00a0jours avant la comparution`),
  letter: 'La lettre',
  qp: {
    title: 'Notes pour la période des questions',
    intro:
      'Les notes préparées pour la période des questions, des plus récentes aux plus anciennes\u00a0: l’enjeu, l’organisation responsable et le ministre qui répondrait.',
    caption: 'Notes pour la période des questions, des plus récentes aux plus anciennes',
    date: 'Date',
    note: 'Note',
    none: 'Cette édition ne contient aucune note pour la période des questions.',
    link: 'Toutes les notes pour la période des questions',
  },
};

export const noteKindStrings: Record<Lang, NoteKindStrings> = { en, fr };
