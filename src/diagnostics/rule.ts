/**
 * One rule of the error catalogue, after Astro's (packages/astro/src/core/errors/errors-data.ts):
 * a permanent name (its key in the catalogue), a title, why it is refused and what to do, and the
 * templates of the message and hint a diagnostic prints. Call sites pass typed parameters; the
 * words are written here only, so that a message is worded once and the guide documents it.
 */
export interface Rule<P extends object = Record<string, never>> {
  /** A few words, as a heading. */
  title: string;
  /** What happened, and why Binder refuses it. */
  why: string;
  /** What to do about it. */
  fix: string;
  /** `warning` for a rule that reports without stopping a build (unless `--strict`); errors otherwise. */
  severity?: 'warning';
  /** What happened at this place: one line, without the file or the rule id. */
  message: (params: P) => string;
  /** What to do here, e.g. "did you mean `iom`?"; undefined when the fix says it all. */
  hint?: (params: P) => string | undefined;
  /**
   * Sample parameters, one per form of the message: the guide prints the first as an example,
   * and the catalogue's test renders them all.
   */
  examples: readonly [P, ...P[]];
}

/**
 * Declares a rule with its parameters' type: `rule<{ marker: string }>({ … })`, or `rule({ … })`
 * for a rule without any (never inferred, so that a call site cannot pass stray prose to it).
 */
export function rule<P extends object = Record<string, never>>(definition: Rule<NoInfer<P>>): Rule<P> {
  return definition;
}

/** `a, b and c` */
export function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** `did you mean "x"?` */
export const didYouMean = (suggestion: string) => `did you mean "${suggestion}"?`;
