import { z } from 'astro/zod';
import { entryFields } from './entry.ts';
import { localizedText } from './localized.ts';
import { redactable } from './redactable.ts';
import { partialDate } from './date.ts';
import { meeting } from './meeting.ts';
import { entryRef, type RefFactory } from './reference.ts';
import { checkKindFields, deliverable, noteKinds, officialsSegment, parliamentSession, person } from './note-kinds.ts';
import { timeWindow } from './time.ts';

export { noteKinds } from './note-kinds.ts';

/**
 * A briefing note or a chapter of the binder: prose in MDX, with key messages and "if pressed" answers.
 * File: `content/notes/<id>.yaml`, with bodies `<id>.en.mdx` and `<id>.fr.mdx`. A committee
 * appearance, a Question Period note and a letter have fields of their own (named after the kind
 * below); a field of another kind, or one the kind needs left out, is refused at its line.
 */
// Long because every field is listed once, with its documentation, for the editors' field reference.
export const noteSchema = (ref: RefFactory) =>
  z
    .strictObject({
      ...entryFields,
      /** The title in each language. */
      title: localizedText,
      /** What kind of note it is. */
      kind: z.enum(noteKinds),
      /** The date the note was written or the event it prepares for. */
      date: partialDate,
      /** Position in the binder's table of contents; lower comes first. */
      order: z.number().int().default(100),
      /** Forums this note is about (ids). */
      forums: z.array(entryRef(ref, 'forums')).default([]),
      /** Organisations this note is about (ids). */
      stakeholders: z.array(entryRef(ref, 'stakeholders')).default([]),
      /** Funding programs this note is about (ids). */
      programs: z.array(entryRef(ref, 'funding-programs')).default([]),
      /** Dated events the note mentions. */
      meetings: z.array(redactable(meeting(ref))).default([]),
      /** Who prepared the note, each a person. */
      preparedBy: z.array(person(ref)).default([]),
      /** Who approved it, each a person. */
      approvedBy: z.array(person(ref)).default([]),
      /** Whom to call about it, each a person. */
      contacts: z.array(person(ref)).default([]),
      /** Committee appearance: the committee, an organisation of kind `parliamentary-committee` (its id). */
      committee: entryRef(ref, 'stakeholders').optional(),
      /** Committee appearance: the time window of the meeting, Ottawa time: `{ start: "15:30", end: "17:30" }`; may be withheld. */
      time: redactable(timeWindow).optional(),
      /** Committee appearance: the Parliament and session: `{ parliament: 44, session: 1 }`. */
      parliament: parliamentSession.optional(),
      /** Committee appearance: the estimates or the study the committee is holding, in each language. */
      study: redactable(localizedText).optional(),
      /** Committee appearance: who the committee invited, each a person. */
      invited: z.array(person(ref)).optional(),
      /** Committee appearance: the officials accompanying the minister, by part of the meeting. */
      officials: z.array(officialsSegment(ref)).optional(),
      /** Committee appearance: how long the opening statement may be, in minutes. */
      openingStatement: z.number().int().positive().max(60).optional(),
      /** Committee appearance: what must be sent to the committee, and when; each may be withheld. */
      deliverables: z.array(redactable(deliverable)).optional(),
      /** QP note: the issue it answers on, in each language. */
      issue: redactable(localizedText).optional(),
      /** QP note: the organisation responsible for the file: an organisation's id, or its name written in each language. */
      organisation: z.union([entryRef(ref, 'stakeholders'), localizedText]).optional(),
      /** QP note: the minister who would answer, by title, in each language: `Minister of Immigration…`. */
      minister: localizedText.optional(),
      /** Letter: who writes it, each a person. */
      from: z.array(person(ref)).min(1).optional(),
      /** Letter: to whom, each a person. */
      to: z.array(person(ref)).min(1).optional(),
      /** Letter: the salutation, in each language: `Dear Minister:`. */
      salutation: localizedText.optional(),
      /** Letter: the closing, in each language: `Yours sincerely,`. */
      closing: localizedText.optional(),
      /** Letter: who signs it, each a person. */
      signatories: z.array(person(ref)).min(1).optional(),
      /** Letter: what is enclosed, one item per line; each may be withheld. */
      enclosures: z.array(redactable(localizedText)).optional(),
      /** Letter: the contact block at its foot (who to call), in each language. */
      contact: redactable(localizedText).optional(),
    })
    // Run even when a field is invalid, so that every problem is reported at once.
    .superRefine(checkKindFields, { when: () => true });
export type Note = z.output<ReturnType<typeof noteSchema>>;
