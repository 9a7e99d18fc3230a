import { z } from 'astro/zod';
import { entryFields } from './entry.ts';
import { localizedText } from './localized.ts';
import { redactable } from './redactable.ts';
import { year } from './date.ts';
import { meeting } from './meeting.ts';
import { entryRef, type RefFactory } from './reference.ts';

/** The roles Canada holds in a forum. */
export const canadaRoleKinds = ['member', 'chair', 'co-chair', 'vice-chair', 'host', 'observer', 'donor'] as const;

/** Levels at which the department takes part. */
export const representationLevels = ['minister', 'deputy-minister', 'assistant-deputy-minister', 'director-general', 'officials'] as const;

/**
 * A multilateral forum: who sits on it, Canada's role, who represents the department, meetings.
 * File: `content/forums/<id>.yaml`, with optional bodies `<id>.en.mdx` and `<id>.fr.mdx`.
 */
// Long because it is one documented field after another: the editors' field reference is read from it.
export const forumSchema = (ref: RefFactory) =>
  z.strictObject({
    ...entryFields,
    /** The full name in each language. */
    name: localizedText,
    /** The acronym in each language: `RCM` / `CRM`. */
    acronym: localizedText.optional(),
    /** The year the forum was established. */
    established: year.optional(),
    /** Member organisations that have their own entry (ids of stakeholders). */
    members: z.array(entryRef(ref, 'stakeholders')).default([]),
    /** Other members, in words: `17 states, the European Commission`. */
    otherMembers: redactable(localizedText).optional(),
    /** Who runs the secretariat, in each language. */
    secretariat: localizedText.optional(),
    /** The current chair and how the chair rotates. */
    chair: z
      .strictObject({
        /** Who chairs now, in each language: `Guatemala`. */
        current: redactable(localizedText),
        /** How the chair rotates, in each language: `rotates every year`. */
        rotation: localizedText.optional(),
      })
      .optional(),
    /** Canada's roles, with years: `{ role: chair, from: 2019, to: 2020 }`. */
    canadaRoles: z
      .array(
        z.strictObject({
          /** The role. */
          role: z.enum(canadaRoleKinds),
          /** First year in the role. */
          from: year.optional(),
          /** Last year in the role; leave out while it lasts. */
          to: year.optional(),
          /** A detail in each language: `chairs the Immigration Working Group`. */
          note: localizedText.optional(),
        }),
      )
      .default([]),
    /** Who represents the department, at which level. */
    representation: z
      .array(
        z
          .strictObject({
            /** The level of the representative. */
            level: z.enum(representationLevels),
            /** The person or position who represents the department (an id in content/people/): the page shows their name and title in force. */
            person: entryRef(ref, 'people').optional(),
            /** The position, in each language, when no `person` is given: `Director General, International and Intergovernmental Relations`. */
            title: localizedText.optional(),
            /** The role in the forum, in each language: `Sherpa`. */
            role: localizedText.optional(),
            /** The person's name, when it may be given (with `title`; a `person` has their own). */
            name: redactable(z.string().min(1)).optional(),
          })
          .refine((r) => r.person !== undefined || r.title !== undefined, {
            message: 'say who represents the department',
            params: { hint: 'write person: <id of a person in content/people/>, or title: { en: …, fr: … }' },
          }),
      )
      .default([]),
    /** Key contacts for this forum (ids of people), listed in a table on its page. */
    contacts: z.array(entryRef(ref, 'people')).optional(),
    /** Meetings, with dates and places. */
    meetings: z.array(redactable(meeting(ref))).default([]),
    /** Working groups, and whether Canada chairs them. */
    workingGroups: z
      .array(
        z.strictObject({
          /** The working group's name in each language. */
          name: localizedText,
          /** True when Canada chairs it. */
          canadaChairs: z.boolean().default(false),
        }),
      )
      .default([]),
    /** What happens next, one item per line. */
    nextSteps: z.array(redactable(localizedText)).default([]),
  });
export type Forum = z.output<ReturnType<typeof forumSchema>>;
