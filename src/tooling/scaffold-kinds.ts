/**
 * What `npm run new -- note "<Title>" --kind <kind>` adds for a kind of note with fields of its
 * own: each field the kind needs, with a placeholder to replace (a committee's id must name a
 * real organisation, so it is the one placeholder `npm run check` refuses until it is replaced),
 * its optional fields commented out, no field of another kind; and a body of the kind's shape.
 */
import { kindFields, noteKinds, type NoteKind } from '../schemas/note-kinds.ts';
import { placeholder } from '../core/placeholders.ts';

const { todo: TODO, aFaire: A_FAIRE } = placeholder;
const allKindFields = new Set<string>(Object.values(kindFields).flatMap((f) => [...f.required, ...f.optional]));

export function isNoteKind(value: string): value is NoteKind {
  return (noteKinds as readonly string[]).includes(value);
}

/** False for a field of another kind than `kind` (left out of the scaffold). */
export function fieldOfKind(field: string, kind: NoteKind): boolean {
  if (!allKindFields.has(field)) return true;
  const own = (kindFields as Partial<Record<NoteKind, { required: readonly string[]; optional: readonly string[] }>>)[kind];
  return own !== undefined && (own.required.includes(field) || own.optional.includes(field));
}

const text = (en: string, fr: string) => `\n  en: ${JSON.stringify(`${TODO}: ${en}`)}\n  fr: ${JSON.stringify(`${A_FAIRE} : ${fr}`)}`;
const person = (en: string, fr: string) => `\n  - en: ${JSON.stringify(`${TODO}: ${en}`)}\n    fr: ${JSON.stringify(`${A_FAIRE} : ${fr}`)}`;

/** The placeholder of each field a kind needs, as YAML after `field:`. */
const requiredValues: Record<string, string> = {
  committee: `${TODO}-committee-id # the id of an organisation of kind parliamentary-committee, e.g. pacp`,
  time: '{ start: "15:30", end: "17:30" } # Ottawa time, 24-hour clock',
  parliament: '{ parliament: 44, session: 1 }',
  study: text('the estimates or the study', 'le budget des dépenses ou l’étude'),
  issue: text('the issue', 'l’enjeu'),
  organisation: text('the organisation responsible (or the id of its entry)', 'l’organisation responsable'),
  minister: text('Minister of …', 'ministre de …'),
  from: person('name, title of who writes', 'nom, titre de l’expéditeur'),
  to: person('name, title of the addressee', 'nom, titre du destinataire'),
  salutation: text('Dear Minister:', 'Monsieur le Ministre,'),
  closing: text('Yours sincerely,', 'Veuillez agréer…'),
  signatories: person('name of who signs', 'nom du signataire'),
};

export function kindValue(field: string): string | undefined {
  return requiredValues[field];
}

/** The body of a note of `kind` in `lang`, or undefined for a briefing note's anatomy. */
export function kindBody(kind: NoteKind, lang: 'en' | 'fr', title: string): string | undefined {
  const en = lang === 'en';
  const comment = en ? `{/* The English text of "${title}". See src/guides/editors.md. */}` : `{/* Le texte français de « ${title} ». */}`;
  const todo = (e: string, f: string) => (en ? `${TODO}: ${e}` : `${A_FAIRE} : ${f}`);
  switch (kind) {
    case 'letter':
      return `${comment}\n\n${todo('the first paragraph of the letter.', 'le premier paragraphe de la lettre.')}\n\n${todo('the next paragraph.', 'le paragraphe suivant.')}\n`;
    case 'qp-note':
      return `${comment}\n\n<KeyMessages>\n\n- ${todo('the answer to give in the House.', 'la réponse à donner à la Chambre.')}\n\n</KeyMessages>\n\n<IfPressed question="${en ? `If pressed on ${TODO}` : `Si l’on insiste sur ${A_FAIRE}`}">\n\n- ${todo('the answer.', 'la réponse.')}\n\n</IfPressed>\n`;
    case 'key-issue':
      return `${comment}\n\n<KeyMessages title="${en ? 'Day 1' : 'Jour 1'}">\n\n- ${todo('a key message for the first day.', 'un message clé pour le premier jour.')}\n\n</KeyMessages>\n\n<KeyIssue title="${todo('the issue', 'l’enjeu')}">\n\n> ${todo('the key message, as the minister would say it.', 'le message clé, tel que le dirait la ou le ministre.')}\n\n- ${todo('a fact that supports it, with its source.', 'un fait à l’appui, avec sa source.')}\n\n</KeyIssue>\n`;
    default:
      return undefined;
  }
}
