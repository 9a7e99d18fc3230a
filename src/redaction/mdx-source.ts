/**
 * Reads one MDX body the way MDX itself will (remark-mdx), without compiling it,
 * and finds everything the redact pass needs: `<Redact>` passages, literal "[REDACTED]" markers,
 * `<Ref>` links, images (inline and by reference). It also refuses what could leak or break the
 * build: misspelled redaction tags (`<redact>` renders as a plain HTML element with the secret
 * inside), unknown components, imports, code expressions (in text and in attributes), and links by
 * URL to a withheld entry's page.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { literalMarkerPattern } from '../core/literal-markers.ts';
import type { Root, Nodes } from 'mdast';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { RuleId } from '../diagnostics/catalogue.ts';
import type { SourceFile } from './sources.ts';
import { attribute, checkElement, markersOf, type Jsx, type KnownIds } from './mdx-elements.ts';
import { namesWithheldEntry, ReferenceBook, type UrlUse } from './mdx-references.ts';
import { syntaxDiagnostic } from './mdx-syntax-error.ts';

export { bodyComponents, isNearRedact, type KnownIds } from './mdx-elements.ts';


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

// GFM is left out on purpose: it changes nothing the pass looks for (JSX elements, text, images
// keep the same offsets whether a line is a table row or a paragraph) and parsing costs 2.5 times
// as much with it. Astro parses with GFM when it renders.
const processor = unified().use(remarkParse).use(remarkMdx);

/** Without `<`, `{` or `[`, and without a line starting `import`/`export`, a body has no JSX, no expression, no image, no link and no literal marker. */
export function isPlainProse(text: string): boolean {
  return !/[<{[]/.test(text) && !/^(?:import|export)\b/m.test(text);
}

const emptyFacts = (): MdxFacts => ({ spans: [], literals: [], refs: [], images: [], components: [], markerSequence: [], privateDefinitions: [] });

export function analyseMdx(source: SourceFile, known: KnownIds): { facts?: MdxFacts; diagnostics: Diagnostic[] } {
  // Plain prose (no tag, no expression, no bracket, no import or export line) holds nothing this
  // pass looks for and cannot break MDX: it is not parsed.
  if (isPlainProse(source.text)) return { facts: emptyFacts(), diagnostics: [] };
  let tree: Root;
  try {
    tree = processor.parse(source.text);
  } catch (error) {
    return { diagnostics: [syntaxDiagnostic(source.file, error)] };
  }
  const walker = new BodyWalker(source, known);
  for (const child of tree.children) walker.walk(child as Nodes);
  return { facts: walker.finish(), diagnostics: walker.diagnostics };
}

/** One walk over a body's tree: collects the facts and reports what is refused, in document order. */
class BodyWalker {
  readonly diagnostics: Diagnostic[] = [];
  private readonly facts = emptyFacts();
  private readonly redactions: Jsx[] = [];
  private readonly references = new ReferenceBook();
  private readonly links: UrlUse[] = [];
  // Plain fields, not parameter properties: Node runs this file by stripping types only.
  private readonly source: SourceFile;
  private readonly known: KnownIds;

  constructor(source: SourceFile, known: KnownIds) {
    this.source = source;
    this.known = known;
  }

  private get inside(): boolean {
    return this.redactions.length > 0;
  }

  readonly report = (place: { position?: Nodes['position'] }, rule: RuleId, message: string, hint?: string) => {
    const { line = 1, column = 1 } = place.position?.start ?? {};
    this.diagnostics.push({ file: this.source.file, line, column, rule, severity: 'error', message, ...(hint ? { hint } : {}) });
  };

  walk(node: Nodes): void {
    if (node.type === 'mdxjsEsm') {
      this.report(node, 'mdx-no-code', 'content files cannot import or export code', 'Binder provides <Redact>, <Ref> and the briefing components without imports');
      return;
    }
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) {
        this.report(node, 'mdx-no-code', 'content files cannot contain code expressions in { }', 'write \\{ for a literal brace; {/* … */} is a comment');
      }
      return;
    }
    if (node.type === 'text' && !this.inside) this.literalMarkers(node);
    if (node.type === 'image') {
      const { line = 1, column = 1 } = node.position?.start ?? {};
      this.facts.images.push({ url: node.url, insideRedaction: this.inside, line, column });
    }
    if (node.type === 'link' && !this.inside) this.links.push({ url: node.url, insideRedaction: false, position: node.position });
    this.references.add(node, this.inside);
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (!this.element(node)) return;
    }
    if ('children' in node) for (const child of node.children) this.walk(child as Nodes);
  }

  /** Returns false when the element's children have been walked already, or must not be. */
  private element(node: Jsx): boolean {
    const text = this.source.text.slice(node.position!.start.offset!, node.position!.end.offset!);
    if (!checkElement(node, { known: this.known, inside: this.inside, text, report: this.report })) return false;
    const name = node.name!;
    if (/^[A-Z]/.test(name)) {
      this.facts.components.push({ name, nameEnd: node.position!.start.offset! + 1 + name.length, flow: node.type === 'mdxJsxFlowElement' });
    }
    const href = name === 'a' ? attribute(node, 'href') : undefined;
    if (href !== undefined && !this.inside) this.links.push({ url: href, insideRedaction: false, position: node.position });
    if (name === 'Ref') {
      const to = attribute(node, 'to')!;
      this.facts.refs.push({ start: node.position!.start.offset!, end: node.position!.end.offset!, to, insideRedaction: this.inside });
    }
    if (name !== 'Redact') return true;
    const markers = markersOf(node);
    const kind = node.type === 'mdxJsxFlowElement' ? 'flow' : 'text';
    this.facts.spans.push({ start: node.position!.start.offset!, end: node.position!.end.offset!, markers, kind, depth: this.redactions.length });
    this.facts.markerSequence.push(markers.join(' '));
    this.redactions.push(node);
    for (const child of node.children) this.walk(child as Nodes);
    this.redactions.pop();
    return false;
  }

  /** Literal markers of a text node, at their own offsets in the source (two identical ones included). */
  private literalMarkers(node: Nodes & { type: 'text' }): void {
    // Text nodes may hold unescaped entities, so each match is searched in the source slice,
    // from just after the previous one.
    const start = node.position!.start.offset!;
    const slice = this.source.text.slice(start, node.position!.end.offset!);
    let from = 0;
    for (const match of node.value.matchAll(literalMarkerPattern)) {
      const at = slice.indexOf(match[0], from);
      if (at >= 0) {
        this.facts.literals.push({ start: start + at, end: start + at + match[0].length });
        from = at + match[0].length;
      }
      this.facts.markerSequence.push('unspecified');
    }
  }

  finish(): MdxFacts {
    for (const image of this.references.images()) {
      const { line = 1, column = 1 } = image.position?.start ?? {};
      this.facts.images.push({ url: image.url, insideRedaction: image.insideRedaction, line, column });
    }
    this.facts.privateDefinitions = this.references.privateDefinitions();
    for (const use of this.references.usesOfRedactedDefinitions()) {
      this.report(use, 'definition-redacted', 'this reference uses a definition ([label]: …) that is inside a redacted passage: the public edition would show it as bracketed text', 'move the definition out of the <Redact>, or the reference into it');
    }
    this.checkWithheldLinks();
    return this.facts;
  }

  /** Links outside redactions must not lead to a withheld entry's page: the public edition has no such page, and the URL names it. */
  private checkWithheldLinks(): void {
    const { entries, publicEntries } = this.known;
    if (!publicEntries) return;
    const withheld = new Set([...entries].filter((key) => !publicEntries.has(key)));
    for (const link of [...this.links, ...this.references.publicDefinitionUrls()]) {
      if (!namesWithheldEntry(link.url, withheld)) continue;
      this.report(link, 'link-to-withheld', 'this link leads to the page of an entry withheld from the public edition', 'link with <Ref to="collection/id" />, which shows a redaction marker for a withheld entry');
    }
  }
}
