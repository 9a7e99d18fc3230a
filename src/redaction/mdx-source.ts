/**
 * Reads one MDX body the way MDX itself will (remark-mdx), without compiling it,
 * and finds everything the redact pass needs: `<Redact>` passages, literal "[REDACTED]" markers,
 * `<Ref>` links, images. It also refuses what could leak or break the build: misspelled
 * redaction tags (`<redact>` renders as a plain HTML element with the secret inside), unknown
 * components, imports and code expressions.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { Root, Nodes } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { closest, levenshtein, type Diagnostic } from '../lib/diagnostics.ts';
import type { RuleId } from '../lib/error-catalogue.ts';
import type { SourceFile } from './sources.ts';

/** Components editors may use in MDX bodies; Binder supplies them, so no import is needed. */
export const bodyComponents = ['Redact', 'Ref', 'KeyMessages', 'IfPressed', 'Facts', 'Background', 'NextSteps'] as const;

/** Already-redacted text in imported sources: [REDACTED], [Redacted], [CAVIARDÉ], [ * ] (PCO), any case. */
export const literalMarkerPattern = /\[\s*(?:redacted|caviardé|caviarde|\*)\s*\]/giu;

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
  images: { url: string; insideRedaction: boolean; line: number; column: number }[];
  /** Binder components, by the offset just after the tag name (where the pass adds `lang`). */
  components: { name: string; nameEnd: number; flow: boolean }[];
  /** The markers in document order (passages and literal markers), for the EN/FR parity check. */
  markerSequence: string[];
}

// GFM is left out on purpose: it changes nothing the pass looks for (JSX elements, text, images
// keep the same offsets whether a line is a table row or a paragraph) and parsing costs 2.5 times
// as much with it. Astro parses with GFM when it renders.
const processor = unified().use(remarkParse).use(remarkMdx);

/** Without `<`, `{` or `[`, and without a line starting `import`/`export`, a body has no JSX, no expression, no image, no link and no literal marker. */
export function isPlainProse(text: string): boolean {
  return !/[<{[]/.test(text) && !/^(?:import|export)\b/m.test(text);
}

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

export function analyseMdx(
  source: SourceFile,
  known: { markers: ReadonlySet<string>; entries: ReadonlySet<string> },
): { facts?: MdxFacts; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  // Plain prose (no tag, no expression, no bracket, no import or export line) holds nothing this
  // pass looks for and cannot break MDX: it is not parsed.
  if (isPlainProse(source.text)) return { facts: { spans: [], literals: [], refs: [], images: [], components: [], markerSequence: [] }, diagnostics };
  let tree: Root;
  try {
    tree = processor.parse(source.text);
  } catch (error) {
    const e = error as { line?: number; column?: number; reason?: string; message: string };
    return {
      diagnostics: [
        {
          file: source.file,
          line: e.line ?? 1,
          column: e.column ?? 1,
          rule: 'mdx-syntax',
          severity: 'error',
          message: (e.reason ?? e.message).replace(/\s+/g, ' '),
          hint: 'check that every tag is closed (<Redact …>…</Redact>) and that { and < in prose are escaped as \\{ and \\<',
        },
      ],
    };
  }
  const report = (node: Nodes, rule: RuleId, message: string, hint?: string) => {
    diagnostics.push({
      file: source.file,
      line: node.position?.start.line ?? 1,
      column: node.position?.start.column ?? 1,
      rule,
      severity: 'error',
      message,
      ...(hint ? { hint } : {}),
    });
  };
  const facts: MdxFacts = { spans: [], literals: [], refs: [], images: [], components: [], markerSequence: [] };
  const redactionStack: Jsx[] = [];

  const walk = (node: Nodes) => {
    if (node.type === 'mdxjsEsm') {
      report(node, 'mdx-no-code', 'content files cannot import or export code', 'Binder provides <Redact>, <Ref> and the briefing components without imports');
      return;
    }
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) {
        report(node, 'mdx-no-code', 'content files cannot contain code expressions in { }', 'write \\{ for a literal brace; {/* … */} is a comment');
      }
      return;
    }
    if (node.type === 'text' && !redactionStack.length) {
      for (const match of node.value.matchAll(literalMarkerPattern)) {
        // Offsets of the match inside the source: text nodes may hold unescaped entities, so search the source slice.
        const start = node.position!.start.offset!;
        const slice = source.text.slice(start, node.position!.end.offset!);
        const at = slice.indexOf(match[0]);
        if (at >= 0) facts.literals.push({ start: start + at, end: start + at + match[0].length });
        facts.markerSequence.push('unspecified');
      }
    }
    if (node.type === 'image') {
      const { line = 1, column = 1 } = node.position?.start ?? {};
      facts.images.push({ url: node.url, insideRedaction: redactionStack.length > 0, line, column });
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (!checkElement(node)) return;
      if (node.name && /^[A-Z]/.test(node.name)) {
        facts.components.push({ name: node.name, nameEnd: node.position!.start.offset! + 1 + node.name.length, flow: node.type === 'mdxJsxFlowElement' });
      }
      if (node.name === 'Redact') {
        const markers = markersOf(node);
        facts.spans.push({
          start: node.position!.start.offset!,
          end: node.position!.end.offset!,
          markers,
          kind: node.type === 'mdxJsxFlowElement' ? 'flow' : 'text',
          depth: redactionStack.length,
        });
        facts.markerSequence.push(markers.join(' '));
        redactionStack.push(node);
        for (const child of node.children) walk(child as Nodes);
        redactionStack.pop();
        return;
      }
      if (node.name === 'Ref') {
        const to = attribute(node, 'to');
        if (to) {
          facts.refs.push({ start: node.position!.start.offset!, end: node.position!.end.offset!, to, insideRedaction: redactionStack.length > 0 });
        }
      }
    }
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };

  /** Returns false when the element is refused (its children are then not looked at). */
  const checkElement = (node: Jsx): boolean => {
    const name = node.name;
    if (name === null) {
      report(node, 'mdx-fragment', 'empty tags <>…</> are not allowed in content');
      return false;
    }
    if (name !== 'Redact' && isNearRedact(name)) {
      report(
        node,
        'redact-misspelled',
        `<${name}> is not the redaction element: its text would be published`,
        'write <Redact marker="…">…</Redact>, with a capital R',
      );
      return false;
    }
    const isComponent = /^[A-Z]/.test(name);
    if (isComponent && !(bodyComponents as readonly string[]).includes(name)) {
      const suggestion = closest(name, bodyComponents);
      report(node, 'unknown-component', `<${name}> is not a Binder component`, suggestion ? `did you mean <${suggestion}>?` : `available: ${bodyComponents.join(', ')}`);
      return false;
    }
    if (name === 'Redact') {
      for (const attr of node.attributes) {
        if (attr.type !== 'mdxJsxAttribute' || attr.name !== 'marker') {
          report(node, 'redact-attribute', '<Redact> takes one attribute, marker="…"');
          return false;
        }
      }
      const value = attribute(node, 'marker');
      if (value === undefined) {
        report(node, 'redact-no-marker', '<Redact> needs a marker: <Redact marker="atia-15-1">', 'markers are listed in content/redaction-markers/');
        return false;
      }
      const markers = value.split(/[\s,]+/).filter(Boolean);
      if (markers.length === 0) {
        report(node, 'redact-no-marker', '<Redact> has an empty marker attribute', 'name the legal basis: marker="atia-15-1"');
        return false;
      }
      for (const marker of markers) {
        if (!known.markers.has(marker)) {
          const suggestion = closest(marker, known.markers);
          report(node, 'unknown-marker', `"${marker}" is not a redaction marker`, suggestion ? `did you mean "${suggestion}"?` : 'markers are listed in content/redaction-markers/');
          return false;
        }
      }
      const inner = source.text.slice(node.position!.start.offset!, node.position!.end.offset!).replace(/^<Redact[^>]*>|<\/Redact>$/g, '');
      if (node.children.length === 0 || inner.trim() === '') {
        report(node, 'redact-empty', '<Redact> wraps nothing', 'put the withheld passage between <Redact …> and </Redact>, or remove the element');
        return false;
      }
    }
    if (name === 'Ref') {
      const to = attribute(node, 'to');
      if (!to) {
        report(node, 'ref-no-target', '<Ref> needs a target: <Ref to="stakeholders/iom" />');
        return false;
      }
      if (!known.entries.has(to)) {
        const suggestion = closest(to, known.entries);
        report(node, 'unknown-reference', `<Ref to="${to}"> points to no entry`, suggestion ? `did you mean "${suggestion}"?` : 'write collection/id, e.g. forums/igc');
        return false;
      }
    }
    return true;
  };

  for (const child of tree.children) walk(child as Nodes);
  return { facts, diagnostics };
}

function attribute(node: Jsx, name: string): string | undefined {
  for (const attr of node.attributes) {
    if (attr.type === 'mdxJsxAttribute' && attr.name === name) {
      return typeof attr.value === 'string' ? attr.value : undefined;
    }
  }
  return undefined;
}

function markersOf(node: Jsx): string[] {
  return (attribute(node, 'marker') ?? '').split(/[\s,]+/).filter(Boolean);
}

/** `<redact>`, `<REDACT>`, `<Redaction>`, `<Redacted>`, `<Readct>`: anything an editor might mean as Redact. */
export function isNearRedact(name: string): boolean {
  const lower = name.toLowerCase();
  return ['redact', 'redacted', 'redaction', 'caviarder', 'caviardé'].some((word) => levenshtein(lower, word) <= 2);
}
