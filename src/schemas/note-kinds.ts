import { z } from 'astro/zod';
import { localizedText } from './localized.ts';
import { redactable } from './redactable.ts';
import { partialDate } from './date.ts';
import { entryRef, type RefFactory } from './reference.ts';

/** What a note is: a chapter or briefing note, or one of the kinds with fields of their own. */
export const noteKinds = [
  'chapter',
  'briefing-note',
  'key-messages',
  'if-pressed',
  'background',
  'overview',
  'key-issue',
  'committee-appearance',
  'qp-note',
  'letter',
] as const;
export type NoteKind = (typeof noteKinds)[number];

/**
 * A person the note names: the id of an entry of `content/people/` (`jane-doe`), or written out
 * in each language, name and title (`{ en: "Marc Miller, Minister of Immigration", fr: "…" }`);
 * either may be withheld with `{ redact: <marker>, value: … }`.
 */
export const person = (ref: RefFactory) => redactable(z.union([entryRef(ref, 'people'), localizedText]));

/** A Parliament and its session: `{ parliament: 44, session: 1 }` reads "44th Parliament, 1st Session". */
export const parliamentSession = z.strictObject({
  /** The Parliament's number, e.g. `44`. */
  parliament: z.number().int().min(1).max(99),
  /** The session's number within it, e.g. `1`. */
  session: z.number().int().min(1).max(9),
});

/** The part of the meeting officials attend. */
export const segments = ['whole-meeting', 'first-hour', 'second-hour'] as const;

/** The officials who accompany the minister during one part of the meeting. */
export const officialsSegment = (ref: RefFactory) =>
  z.strictObject({
    /** Which part of the meeting: `first-hour`, `second-hour` or `whole-meeting`. */
    segment: z.enum(segments),
    /** Who attends then, each a person (or withheld). */
    people: z.array(person(ref)).min(1),
  });

/** When a deliverable is due: a date (`2020-11-20`), or `{ hoursBefore: 48 }` / `{ daysBefore: 2 }` the appearance. */
export const deadline = z.union([
  z.strictObject({
    /** Hours before the appearance: `48`. */
    hoursBefore: z.number().int().positive(),
  }),
  z.strictObject({
    /** Days before the appearance: `2`. */
    daysBefore: z.number().int().positive(),
  }),
  partialDate,
]);

/** Something the department must send the committee, and when. */
export const deliverable = z.strictObject({
  /** What is due, in each language: `Speaking notes in both official languages`. */
  item: localizedText,
  /** When it is due. */
  due: deadline,
});

/** The fields of each kind of note that has its own, and which of them it needs. */
export const kindFields = {
  'committee-appearance': {
    required: ['committee', 'time', 'parliament', 'study'],
    optional: ['invited', 'officials', 'openingStatement', 'deliverables'],
  },
  'qp-note': { required: ['issue', 'organisation', 'minister'], optional: [] },
  letter: { required: ['from', 'to', 'salutation', 'closing', 'signatories'], optional: ['enclosures', 'contact'] },
} as const satisfies Partial<Record<NoteKind, { required: readonly string[]; optional: readonly string[] }>>;

/** How to write each field a kind needs, for the hint of a missing one. */
export const kindFieldForms: Record<string, string> = {
  committee: 'committee: <id of a parliamentary-committee organisation>',
  time: 'time: { start: "15:30", end: "17:30" }',
  parliament: 'parliament: { parliament: 44, session: 1 }',
  study: 'study: { en: "Main Estimates 2020–21", fr: "Budget principal des dépenses 2020-2021" }',
  issue: 'issue: { en: "…", fr: "…" }',
  organisation: 'organisation: <id of an organisation>, or { en: "…", fr: "…" }',
  minister: 'minister: { en: "Minister of …", fr: "ministre de …" }',
  from: 'from: [{ en: "…", fr: "…" }]',
  to: 'to: [{ en: "…", fr: "…" }]',
  salutation: 'salutation: { en: "Dear Minister:", fr: "Monsieur le Ministre," }',
  closing: 'closing: { en: "Yours sincerely,", fr: "Veuillez agréer…" }',
  signatories: 'signatories: [{ en: "…", fr: "…" }]',
};

/** What `checkKindFields` reports: the catalogue words it (`note-field-of-other-kind`, `note-field-missing`). */
export interface NoteKindProblem {
  problem: 'other-kind' | 'missing';
  field: string;
  kind: string;
  /** The kinds the field belongs to (other-kind). */
  fieldKinds?: string[];
  /** How to write it (missing). */
  form?: string;
}

const allKindFields = [...new Set(Object.values(kindFields).flatMap((f) => [...f.required, ...f.optional]))];

const ownerKinds = (field: string) =>
  Object.entries(kindFields)
    .filter(([, f]) => (f.required as readonly string[]).includes(field) || (f.optional as readonly string[]).includes(field))
    .map(([kind]) => kind);

/** Each kind's own fields, no other kind's: an issue per field, at the field. */
export function checkKindFields(value: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const kind = typeof value['kind'] === 'string' ? value['kind'] : undefined;
  if (kind === undefined || !(noteKinds as readonly string[]).includes(kind)) return;
  const own = (kindFields as Record<string, { required: readonly string[]; optional: readonly string[] }>)[kind];
  for (const field of allKindFields) {
    if (value[field] === undefined) continue;
    if (own && (own.required.includes(field) || own.optional.includes(field))) continue;
    const noteKind: NoteKindProblem = { problem: 'other-kind', field, kind, fieldKinds: ownerKinds(field) };
    ctx.addIssue({ code: 'custom', path: [field], params: { noteKind } });
  }
  for (const field of own?.required ?? []) {
    if (value[field] !== undefined) continue;
    const noteKind: NoteKindProblem = { problem: 'missing', field, kind, form: kindFieldForms[field] ?? field };
    ctx.addIssue({ code: 'custom', path: [field], params: { noteKind } });
  }
}
