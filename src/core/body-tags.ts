/**
 * What the site reads of a body's text besides rendering it: the people it names and the acts it
 * cites. Read where a body is loaded (src/site/bodies-loader.ts), from this edition's copy, so
 * never from a redacted passage. Pure.
 */

/** The ids of people a body names with <Person id="…">, in order. */
export function personTags(body: string): string[] {
  return [...body.matchAll(/<Person\b[^>]*\bid\s*=\s*["']([^"']+)["']/g)].map((m) => m[1]!);
}

/** The acts a body cites with <Cite act="…">, in order. */
export function citedActs(body: string): string[] {
  return [...body.matchAll(/<Cite\b[^>]*?\bact="([^"]+)"/g)].map((m) => m[1]!);
}
