/**
 * The binder's collections and their schemas, in one table that Astro's content config and
 * Binder's own checker both read, so the two can never disagree.
 */
import { forumSchema } from './forum.ts';
import { stakeholderSchema } from './stakeholder.ts';
import { fundingProgramSchema } from './funding-program.ts';
import { noteSchema } from './note.ts';
import { personSchema } from './person.ts';
import type { EntryCollection, RefFactory } from './reference.ts';

export const entrySchemas = {
  forums: forumSchema,
  stakeholders: stakeholderSchema,
  'funding-programs': fundingProgramSchema,
  notes: noteSchema,
  people: personSchema,
} satisfies Record<EntryCollection, (ref: RefFactory) => unknown>;

export { entryCollections, type EntryCollection } from './reference.ts';
