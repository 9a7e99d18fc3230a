import { z } from 'astro/zod';

/**
 * The topics an entry's `tags` may name: a closed vocabulary, so the search page's "Topic"
 * filter reads in the page's language (each topic's English and French labels are in
 * src/features/search/strings.ts, typed by this list: a topic without both labels does not
 * compile) and a misspelt tag is an error at its line instead of a filter value of its own.
 * Add a topic here, with its labels, when the binder needs one.
 */
export const topics = [
  'americas',
  'asylum',
  'capacity-building',
  'five-eyes',
  'fpt',
  'funding',
  'irregular-migration',
  'migration-narrative',
  'multilateral',
  'parliament',
  'refugees',
  'removals',
  'research',
  'resettlement',
  'security',
  'un',
  'visas',
] as const;
export const topic = z.enum(topics);
export type Topic = z.output<typeof topic>;
