// Wiring only: each collection is a loader over this edition's redacted copy of content/ plus
// its schema. Astro never reads the editors' content/ folder itself (DESIGN.md, invariant 2).
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { readEdition, editionPaths } from './redaction/edition.ts';
import { entrySchemas } from './schemas/collections.ts';
import { binderSchema } from './schemas/binder.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { redactionMarkerSchema } from './schemas/redaction-marker.ts';
import { dataSchemas } from './schemas/data-collections.ts';
import type { RefFactory } from './schemas/reference.ts';
import { bodiesLoader } from './site/bodies-loader.ts';

const base = editionPaths(readEdition()).content;
const ref = ((collection: string) => reference(collection as never)) as unknown as RefFactory;
const data = (folder: string) => glob({ base: `${base}/${folder}`, pattern: '*.json' });

export const collections = {
  binder: defineCollection({ loader: glob({ base, pattern: 'binder.json' }), schema: binderSchema }),
  glossary: defineCollection({ loader: glob({ base, pattern: 'glossary.json' }), schema: glossarySchema }),
  'redaction-markers': defineCollection({ loader: data('redaction-markers'), schema: redactionMarkerSchema }),
  /** Statistics and legislation: one file each in the copy, an object by id (redaction/data-collections.ts). */
  statistics: defineCollection({ loader: file(`${base}/_statistics.json`), schema: dataSchemas.statistics }),
  legislation: defineCollection({ loader: file(`${base}/_legislation.json`), schema: dataSchemas.legislation }),
  forums: defineCollection({ loader: data('forums'), schema: entrySchemas.forums(ref) }),
  stakeholders: defineCollection({ loader: data('stakeholders'), schema: entrySchemas.stakeholders(ref) }),
  'funding-programs': defineCollection({ loader: data('funding-programs'), schema: entrySchemas['funding-programs'](ref) }),
  notes: defineCollection({ loader: data('notes'), schema: entrySchemas.notes(ref) }),
  people: defineCollection({ loader: data('people'), schema: entrySchemas.people(ref) }),
  /** MDX bodies, one per entry and language: id `forums/igc.fr`. */
  bodies: defineCollection({
    loader: bodiesLoader({ base, pattern: '*/*.{en,fr}.mdx', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    // The people a body names (<Person id>) and the acts it cites (<Cite act>), added by the loader: a body has no frontmatter.
    schema: z.object({ people: z.array(z.string()).default([]), acts: z.array(z.string()).default([]) }),
  }),
  /** Counts of redactions per entry and marker, written by the redact pass (never the passages). */
  register: defineCollection({
    loader: glob({ base, pattern: '_register.json' }),
    schema: z.object({
      edition: z.enum(['public', 'internal']),
      rows: z.array(z.object({ collection: z.string(), id: z.string(), counts: z.record(z.string(), z.number()) })),
      withheld: z.record(z.string(), z.number()),
      statistics: z.record(z.string(), z.number()),
      totals: z.record(z.string(), z.number()),
      /** The collections the copy holds something in (the site reads only those). */
      collections: z.array(z.string()),
    }),
  }),
};
