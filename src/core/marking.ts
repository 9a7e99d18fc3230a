/**
 * Security markings (GC Directive on Security Management, marking of documents): a printed page
 * carries the marking of the most sensitive information on it, a document's cover the highest
 * inside it. The screen banners, the entry pages' print rules and the printable binder share these.
 */
import { classifications, type Classification } from '../schemas/classification.ts';

/** The most sensitive of the given levels (the schema lists them lowest first); unclassified if none. */
export function highestClassification(levels: Iterable<Classification>): Classification {
  let rank = 0;
  for (const level of levels) {
    const index = classifications.indexOf(level);
    // An unknown level is treated as the highest known one: a marking may be too high, never too low.
    rank = Math.max(rank, index < 0 ? classifications.length - 1 : index);
  }
  return classifications[rank]!;
}

/**
 * The classification a printed edition carries on its cover, in its title and in the PDF's
 * metadata: the highest of the entries it holds. The internal edition is never marked lower than
 * binder.yaml's `classification` (a compilation can be more sensitive than its parts). The public
 * edition holds only unclassified entries, the others being withheld before the build, so it is
 * marked by what it holds alone.
 */
export function editionClassification(
  edition: 'public' | 'internal',
  binderLevel: Classification,
  entryLevels: Iterable<Classification>,
): Classification {
  const levels = [...entryLevels];
  return highestClassification(edition === 'internal' ? [binderLevel, ...levels] : levels);
}

/** The CSS named page of a printed page marked at `level`: `marking-protected-b`. */
export const markingPage = (level: Classification): string => `marking-${level}`;

const css = (text: string) => JSON.stringify(text);

/** The page-margin boxes that print `marking` at the top and the bottom centre of a page. */
export function markingBoxes(marking: string): string {
  const style = `content: ${css(marking)}; font-family: 'Noto Sans', sans-serif; font-size: 10pt; font-weight: 700; letter-spacing: 0.05em; white-space: nowrap; color: #000;`;
  return `@top-center { ${style} } @bottom-center { ${style} }`;
}
