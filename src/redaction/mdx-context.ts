/**
 * What the MDX rules share while they look at one body: the facts the redact pass needs, the
 * reporter, and which elements the element rules refused (nothing inside a refused element is
 * looked at, as its meaning is unknown). Each rule is one function over the tree; analyseMdx
 * (mdx-source.ts) runs them in order.
 */
import { SKIP, visit } from 'unist-util-visit';
import type { Nodes, Root } from 'mdast';
import type { Report } from '../diagnostics/report.ts';
import type { SourceFile } from './sources.ts';
import type { ReferenceBook } from './mdx-references.ts';

/** What the references in a body may name. */
export interface KnownIds {
  markers: ReadonlySet<string>;
  /** Every entry, as `collection/id`. */
  entries: ReadonlySet<string>;
  /** The entries NOT withheld from the public edition; when given, the only ones a hint may suggest. */
  publicEntries?: ReadonlySet<string>;
  /** The ids of statistics (`<Stat id>`) and legislation (`<Cite act>`); none when not given. */
  data?: { statistics: ReadonlySet<string>; legislation: ReadonlySet<string> };
}

export interface RedactSpan {
  start: number;
  end: number;
  markers: string[];
  /** `flow` for a block on its own lines, `text` for a passage inside a paragraph. */
  kind: 'flow' | 'text';
  /** Nesting depth: 0 for an outermost passage. */
  depth: number;
}

export interface MdxFacts {
  spans: RedactSpan[];
  literals: { start: number; end: number }[];
  refs: { start: number; end: number; to: string; insideRedaction: boolean }[];
  /** Images, inline or through a definition (then at the definition, where the URL is written). */
  images: { url: string; insideRedaction: boolean; line: number; column: number }[];
  /** Binder components, by the offset just after the tag name (where the pass adds `lang`). */
  components: { name: string; nameEnd: number; flow: boolean }[];
  /** The markers in document order (passages and literal markers), for the EN/FR parity check. */
  markerSequence: string[];
  /** Definitions (`[ref]: url`) used only inside redacted passages: the public copy leaves them out. */
  privateDefinitions: { start: number; end: number }[];
}

export interface MdxContext {
  source: SourceFile;
  known: KnownIds;
  report: Report;
  facts: MdxFacts;
  /** Elements the element rules refused. */
  refused: Set<Nodes>;
  /** Definitions and the references that use them (filled by the definitions rule). */
  references: ReferenceBook;
  /** Markers with their offsets, put in document order into `facts.markerSequence` at the end. */
  markers: { at: number; marker: string }[];
}

export type MdxRule = (tree: Root, ctx: MdxContext) => void;

export const emptyFacts = (): MdxFacts => ({
  spans: [],
  literals: [],
  refs: [],
  images: [],
  components: [],
  markerSequence: [],
  privateDefinitions: [],
});

/** Visits every node of the body in document order, except what is inside a refused element. */
export function visitBody(tree: Root, ctx: MdxContext, visitor: (node: Nodes) => boolean | void): void {
  visit(tree, (node) => {
    const n = node;
    if (ctx.refused.has(n)) return SKIP;
    // `false` from the visitor: the node's children are not to be looked at.
    return visitor(n) === false ? SKIP : undefined;
  });
}

/**
 * Inside an accepted `<Redact>` (not counting the node itself): by offsets, as the passages
 * found so far are recorded in `facts.spans` in document order, before anything inside them.
 */
export function redactionDepth(ctx: MdxContext, node: Nodes): number {
  const start = node.position?.start.offset ?? -1;
  const end = node.position?.end.offset ?? -1;
  return ctx.facts.spans.filter((s) => s.start <= start && end <= s.end && !(s.start === start && s.end === end)).length;
}

export const insideRedaction = (ctx: MdxContext, node: Nodes) => redactionDepth(ctx, node) > 0;
