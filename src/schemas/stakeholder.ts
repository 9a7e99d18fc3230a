import { z } from 'astro/zod';
import { entryFields } from './entry.ts';
import { localizedText } from './localized.ts';
import { redactable } from './redactable.ts';
import { year } from './date.ts';
import { meeting } from './meeting.ts';
import { entryRef, type RefFactory } from './reference.ts';

/** Kinds of organisations and bodies a department deals with. */
export const stakeholderKinds = [
  'international-organisation',
  'un-agency',
  'think-tank',
  'federal-department',
  'province-or-territory',
  'foreign-government',
  'ngo',
  'academic',
  'private-sector',
  'parliamentary-committee',
] as const;

/**
 * An organisation or body: an international organisation, a think tank, a department, a province.
 * File: `content/stakeholders/<id>.yaml`, with optional bodies `<id>.en.mdx` and `<id>.fr.mdx`.
 */
// Long because it is one documented field after another: the editors' field reference is read from it.
export const stakeholderSchema = (ref: RefFactory) =>
  z.strictObject({
    ...entryFields,
    /** The full name in each language: `International Organization for Migration` / `Organisation internationale pour les migrations`. */
    name: localizedText,
    /** The acronym in each language, if it has one: `IOM` / `OIM`. */
    acronym: localizedText.optional(),
    /** What kind of body it is. */
    kind: z.enum(stakeholderKinds),
    /** The year it was established. */
    established: year.optional(),
    /** Where its headquarters are, in each language: `Geneva, Switzerland` / `Genève (Suisse)`. */
    headquarters: localizedText.optional(),
    /** Its public website. */
    website: z.url({ protocol: /^https?$/ }).optional(),
    /** How the department engages with it, in a sentence per language. */
    engagement: redactable(localizedText).optional(),
    /** Dated meetings and events with this organisation. */
    meetings: z.array(redactable(meeting(ref))).default([]),
    /** What happens next, one item per line. */
    nextSteps: z.array(redactable(localizedText)).default([]),
    /** Key contacts at or for this organisation (ids of people), listed in a table on its page. */
    contacts: z.array(entryRef(ref, 'people')).optional(),
  });
export type Stakeholder = z.output<ReturnType<typeof stakeholderSchema>>;
