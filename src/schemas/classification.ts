import { z } from 'astro/zod';

/**
 * Security levels of the Government of Canada, lowest first. Anything above `unclassified`
 * is withheld from the public edition as a whole.
 */
export const classifications = ['unclassified', 'protected-a', 'protected-b', 'protected-c', 'confidential', 'secret'] as const;
export const classification = z.enum(classifications);
export type Classification = z.output<typeof classification>;
