/**
 * Reads one MDX body the way MDX itself will (remark-mdx), without compiling it, and runs the MDX
 * rules over its tree: each a small function of one concern, in this order (later rules rely on
 * what earlier ones recorded: the element rules say which elements are refused and where the
 * redacted passages are).
 * - noCode: no imports, exports or `{…}` expressions (mdx-no-code.ts);
 * - checkElements: attributes are text, known components only, no misspelled redaction
 *   element, `<Redact>` and `<Ref>` as Binder reads them (mdx-elements.ts);
 * - literalMarkers: "[REDACTED]" and the like in text (mdx-literals.ts);
 * - imagesAndDefinitions: images inline and by reference, definitions used only in redactions
 *   (mdx-references.ts);
 * - noLinksToWithheld: no link by URL to a withheld entry's page (mdx-links.ts);
 * - bodyHeadings: no level-1 heading, no <IfPressed> without its question (mdx-headings.ts).
 * Together they find everything the redact pass needs (MdxFacts) and refuse what could leak.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { Root } from 'mdast';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { reporter } from '../diagnostics/report.ts';
import type { SourceFile } from './sources.ts';
import { emptyFacts, type KnownIds, type MdxContext, type MdxFacts, type MdxRule } from './mdx-context.ts';
import { checkElements } from './mdx-elements.ts';
import { noCode } from './mdx-no-code.ts';
import { literalMarkers } from './mdx-literals.ts';
import { imagesAndDefinitions, ReferenceBook } from './mdx-references.ts';
import { noLinksToWithheld } from './mdx-links.ts';
import { syntaxDiagnostic } from './mdx-syntax-error.ts';
import { bodyHeadings, mayHaveTopHeading } from './mdx-headings.ts';

export { bodyComponents, isNearRedact } from './mdx-elements.ts';
export type { KnownIds, MdxFacts, RedactSpan } from './mdx-context.ts';

// GFM is left out on purpose: it changes nothing the pass looks for (JSX elements, text, images
// keep the same offsets whether a line is a table row or a paragraph) and parsing costs 2.5 times
// as much with it. Astro parses with GFM when it renders.
const processor = unified().use(remarkParse).use(remarkMdx);

const rules: readonly MdxRule[] = [noCode, checkElements, literalMarkers, imagesAndDefinitions, noLinksToWithheld, bodyHeadings];

/** Without `<`, `{` or `[`, and without a line starting `import`/`export`, a body has no JSX, no expression, no image, no link and no literal marker. */
export function isPlainProse(text: string): boolean {
  return !/[<{[]/.test(text) && !/^(?:import|export)\b/m.test(text);
}

export function analyseMdx(source: SourceFile, known: KnownIds): { facts?: MdxFacts; diagnostics: Diagnostic[] } {
  // Plain prose (no tag, no expression, no bracket, no import or export line) holds nothing this
  // pass looks for and cannot break MDX: it is not parsed, unless a line may be a level-1 heading.
  if (isPlainProse(source.text) && !mayHaveTopHeading(source.text)) return { facts: emptyFacts(), diagnostics: [] };
  let tree: Root;
  try {
    tree = processor.parse(source.text);
  } catch (error) {
    return { diagnostics: [syntaxDiagnostic(source.file, error)] };
  }
  const diagnostics: Diagnostic[] = [];
  const ctx: MdxContext = {
    source,
    known,
    report: reporter(source.file, diagnostics),
    facts: emptyFacts(),
    refused: new Set(),
    references: new ReferenceBook(),
    markers: [],
  };
  for (const rule of rules) rule(tree, ctx);
  // Passages and literal markers, found by two rules, in document order (sort is stable).
  ctx.facts.markerSequence = ctx.markers.sort((a, b) => a.at - b.at).map((m) => m.marker);
  return { facts: ctx.facts, diagnostics: inDocumentOrder(diagnostics) };
}

/** Problems top to bottom, as an editor reads the file, whichever rule found them. */
function inDocumentOrder(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}
