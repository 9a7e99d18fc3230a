/**
 * The data collections that have no page per entry: each file is one item, cited from bodies by
 * its id (its file name). Statistics (`<Stat id="…" />`) and legislation (`<Cite act="…" />`).
 */
import { statisticSchema } from './statistic.ts';
import { legislationSchema } from './legislation.ts';

export const dataCollections = ['statistics', 'legislation'] as const;
export type DataCollection = (typeof dataCollections)[number];

export const dataSchemas = { statistics: statisticSchema, legislation: legislationSchema } as const;
