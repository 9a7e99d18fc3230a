/**
 * `npm run new -- <collection> "<Title>"`: the three files of a new entry, valid as written,
 * every required field filled with a placeholder to replace and every optional field commented
 * out, each with its documentation from the schema.
 */
import { readSchemaDocs, type FieldDoc } from './schema-docs.ts';
import type { EntryCollection } from '../schemas/reference.ts';
import { placeholder } from '../core/placeholders.ts';
import { fieldOfKind, kindBody, kindValue } from './scaffold-kinds.ts';
import type { NoteKind } from '../schemas/note-kinds.ts';

/** The placeholders an editor replaces, as the placeholder rule finds them (one list: core/placeholders.ts). */
const { todo: TODO, aFaire: A_FAIRE, toTranslate: TO_TRANSLATE } = placeholder;

export const collectionAliases: Record<string, EntryCollection> = {
  forum: 'forums',
  forums: 'forums',
  stakeholder: 'stakeholders',
  stakeholders: 'stakeholders',
  organisation: 'stakeholders',
  organization: 'stakeholders',
  program: 'funding-programs',
  programme: 'funding-programs',
  'funding-program': 'funding-programs',
  'funding-programs': 'funding-programs',
  note: 'notes',
  notes: 'notes',
};

const schemaOf: Record<EntryCollection, string> = {
  forums: 'forumSchema',
  stakeholders: 'stakeholderSchema',
  'funding-programs': 'fundingProgramSchema',
  notes: 'noteSchema',
  people: 'personSchema',
};

/**
 * Slug rules: lower case, accents dropped, every run of other characters becomes one hyphen,
 * at most 60 characters, cut at a hyphen.
 */
export function slugFromTitle(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length <= 60 ? slug : slug.slice(0, 60).replace(/-[^-]*$/, '');
}

/** Placeholder values for the required fields, valid as they stand. */
function requiredValue(collection: EntryCollection, field: FieldDoc, title: string, today: string, kind: NoteKind): string | undefined {
  const quoted = (s: string) => JSON.stringify(s);
  switch (field.path) {
    case 'name':
    case 'title':
      return `\n  en: ${quoted(title)}\n  fr: ${quoted(`${title} ${TO_TRANSLATE}`)}`;
    case 'summary':
      return `\n  en: ${quoted(`${TODO}: one or two sentences on ${title}.`)}\n  fr: ${quoted(`${A_FAIRE} : une ou deux phrases sur ${title}.`)}`;
    case 'kind':
      return collection === 'notes' ? kind : 'international-organisation';
    case 'status':
      return 'active';
    case 'date':
      return quoted(today);
    default:
      return undefined;
  }
}

/** `kind`: for a note, the kind whose fields and body to write (a briefing note unless given). */
export function scaffoldEntry(
  collection: EntryCollection,
  title: string,
  today: string,
  kind: NoteKind = 'briefing-note',
): Map<string, string> {
  const schema = readSchemaDocs().get(schemaOf[collection]);
  if (!schema) throw new Error(`no schema for ${collection}`);
  const lines = [`# ${title}: written by npm run new on ${today}. Every field is described in src/guides/editors.md.`, ''];
  for (const field of schema.fields) {
    if (field.path.includes('.')) continue; // Nested fields are documented with their parent.
    if (collection === 'notes' && !fieldOfKind(field.path.replace(/\[\]$/, ''), kind)) continue;
    const key = field.path.replace(/\[\]$/, '');
    lines.push(`# ${field.doc}${field.type.startsWith('one of:') ? ` (${field.type})` : ''}`);
    const value = field.required
      ? requiredValue(collection, field, title, today, kind)
      : collection === 'notes'
        ? kindValue(key)
        : undefined;
    lines.push(value !== undefined ? `${key}:${value.startsWith('\n') ? '' : ' '}${value}` : `# ${key}:`);
    lines.push('');
  }
  const body = (lang: 'en' | 'fr') =>
    collection === 'notes'
      ? (kindBody(kind, lang, title) ?? briefingNote(lang, title))
      : lang === 'en'
        ? `{/* The English prose of "${title}". Start headings at ##. See src/guides/editors.md. */}\n\n## Overview\n\n${TODO}: write the overview.\n`
        : `{/* Le texte français de « ${title} ». Les intertitres commencent à ##. */}\n\n## Aperçu\n\n${A_FAIRE} : rédiger l’aperçu.\n`;
  return new Map([
    ['.yaml', `${lines.join('\n').trimEnd()}\n`],
    ['.en.mdx', body('en')],
    ['.fr.mdx', body('fr')],
  ]);
}

/**
 * The anatomy of a departmental briefing note (as in a note prepared for a parliamentary
 * committee): key messages, supplementary messages, "if pressed" answers, supporting facts and
 * figures, background, next steps.
 */
function briefingNote(lang: 'en' | 'fr', title: string): string {
  const en = {
    comment: `{/* The English text of the briefing note "${title}". See src/guides/editors.md. */}`,
    key: `- ${TODO}: the first key message.\n- ${TODO}: the second key message.`,
    supplementary: `## Supplementary messages\n\n- ${TODO}`,
    question: `If pressed on ${TODO}`,
    answer: `- ${TODO}: the answer to give.`,
    facts: `- ${TODO}: a fact or a figure, with its source.`,
    background: `${TODO}: the context the minister needs.`,
    next: `- ${TODO}`,
  };
  const fr = {
    comment: `{/* Le texte français de la note d’information « ${title} ». Voir src/guides/editors.md. */}`,
    key: `- ${A_FAIRE} : premier message clé.\n- ${A_FAIRE} : deuxième message clé.`,
    supplementary: `## Messages supplémentaires\n\n- ${A_FAIRE}`,
    question: `Si l’on insiste sur ${A_FAIRE}`,
    answer: `- ${A_FAIRE} : la réponse à donner.`,
    facts: `- ${A_FAIRE} : un fait ou un chiffre, avec sa source.`,
    background: `${A_FAIRE} : le contexte dont la ou le ministre a besoin.`,
    next: `- ${A_FAIRE}`,
  };
  const t = lang === 'en' ? en : fr;
  return `${t.comment}

<KeyMessages>

${t.key}

</KeyMessages>

${t.supplementary}

<IfPressed question="${t.question}">

${t.answer}

</IfPressed>

<Facts>

${t.facts}

</Facts>

<Background>

${t.background}

</Background>

<NextSteps>

${t.next}

</NextSteps>
`;
}
