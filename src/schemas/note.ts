import { z } from 'astro/zod';
import { entryFields } from './entry.ts';
import { localizedText } from './localized.ts';
import { redactable } from './redactable.ts';
import { partialDate } from './date.ts';
import { meeting } from './meeting.ts';
import { entryRef, type RefFactory } from './reference.ts';

/** What a briefing note or chapter is for. */
export const noteKinds = ['chapter', 'briefing-note', 'key-messages', 'if-pressed', 'background', 'overview'] as const;

/**
 * A briefing note or a chapter of the binder: prose in MDX, with key messages and "if pressed" answers.
 * File: `content/notes/<id>.yaml`, with bodies `<id>.en.mdx` and `<id>.fr.mdx`.
 */
export const noteSchema = (ref: RefFactory) =>
  z.strictObject({
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
  });
export type Note = z.output<ReturnType<typeof noteSchema>>;
