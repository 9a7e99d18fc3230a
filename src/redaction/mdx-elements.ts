/**
 * The element rules of an MDX body, in one visit that dispatches to them in order: attributes are
 * text only (no code), no empty fragments, no misspelled redaction element, only Binder's
 * components, and `<Redact>` and `<Ref>` written as Binder reads them. An element a rule refuses
 * is not looked into further (by any rule). Inside a redacted passage a message never quotes the
 * tag or its attributes: they are part of what is withheld, and the logs of a public build are
 * published.
 */
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Root } from 'mdast';
import { closest, levenshtein } from '../diagnostics/diagnostic.ts';
import { redactionDepth, visitBody, type MdxContext } from './mdx-context.ts';
import { statAsWritten } from './mdx-stat.ts';
import { citeAsWritten } from './mdx-cite.ts';
import { sectionAsWritten } from './mdx-sections.ts';
import { personAsWritten, personTarget } from './mdx-person.ts';

export type { KnownIds } from './mdx-context.ts';

/** Components editors may use in MDX bodies; Binder supplies them, so no import is needed. */
export const bodyComponents = [
  'Redact',
  'Ref',
  'KeyMessages',
  'IfPressed',
  'Facts',
  'Background',
  'NextSteps',
  'Stat',
  'Cite',
  'KeyIssue',
  'Person',
] as const;

export type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/** One element rule: false when it refuses the element (having reported why). */
type ElementRule = (node: Jsx, ctx: MdxContext, inside: boolean) => boolean;

/**
 * Attribute values are text: `a={…}` and `{...spread}` are code, which MDX would run when the
 * page renders (it could read the environment or a file). Bare boolean attributes are text too.
 * Every such attribute is reported, not only the first.
 */
const attributesAreText: ElementRule = (node, ctx, inside) => {
  let ok = true;
  for (const attr of node.attributes) {
    const place = attr.position ? attr : node;
    if (attr.type === 'mdxJsxExpressionAttribute') {
      ctx.report(place, 'mdx-attribute-code', { code: 'spread' });
      ok = false;
    } else if (attr.value !== null && attr.value !== undefined && typeof attr.value !== 'string') {
      ctx.report(place, 'mdx-attribute-code', { code: 'value', name: inside ? undefined : attr.name });
      ok = false;
    }
  }
  return ok;
};

const noFragment: ElementRule = (node, ctx) => node.name !== null || (ctx.report(node, 'mdx-fragment', {}), false);

/** `<redact>` renders as a plain HTML element with the secret inside. */
const noMisspelledRedact: ElementRule = (node, ctx, inside) => {
  if (node.name === 'Redact' || !isNearRedact(node.name!)) return true;
  ctx.report(node, 'redact-misspelled', { tag: inside ? undefined : node.name! });
  return false;
};

const onlyBinderComponents: ElementRule = (node, ctx, inside) => {
  const name = node.name!;
  if (!/^[A-Z]/.test(name) || (bodyComponents as readonly string[]).includes(name)) return true;
  ctx.report(node, 'unknown-component', {
    name: inside ? undefined : name,
    suggestion: inside ? undefined : closest(name, bodyComponents),
    available: bodyComponents,
  });
  return false;
};

const redactAsWritten: ElementRule = (node, ctx, inside) => {
  if (node.name !== 'Redact') return true;
  if (node.attributes.some((attr) => attr.type !== 'mdxJsxAttribute' || attr.name !== 'marker')) {
    ctx.report(node, 'redact-attribute', {});
    return false;
  }
  const markers = markersOf(node);
  if (attribute(node, 'marker') === undefined || markers.length === 0) {
    ctx.report(node, 'redact-no-marker', { empty: attribute(node, 'marker') !== undefined });
    return false;
  }
  const unknown = markers.find((marker) => !ctx.known.markers.has(marker));
  if (unknown !== undefined) {
    ctx.report(node, 'unknown-marker', inside ? {} : { marker: unknown, suggestion: closest(unknown, ctx.known.markers) });
    return false;
  }
  const text = ctx.source.text.slice(node.position!.start.offset, node.position!.end.offset);
  if (node.children.length === 0 || text.replace(/^<Redact[^>]*>|<\/Redact>$/g, '').trim() === '') {
    ctx.report(node, 'redact-empty', {});
    return false;
  }
  return true;
};

const refAsWritten: ElementRule = (node, ctx, inside) => {
  if (node.name !== 'Ref') return true;
  const to = attribute(node, 'to');
  if (!to) {
    ctx.report(node, 'ref-no-target', {});
    return false;
  }
  if (ctx.known.entries.has(to)) return true;
  // A withheld entry's id must never appear in a log: suggestions come from public entries only.
  const suggestion = inside ? undefined : closest(to, ctx.known.publicEntries ?? ctx.known.entries);
  ctx.report(node, 'unknown-reference', { in: 'body', to: inside ? undefined : to, suggestion });
  return false;
};

const elementRules: readonly ElementRule[] = [
  attributesAreText,
  noFragment,
  noMisspelledRedact,
  onlyBinderComponents,
  redactAsWritten,
  refAsWritten,
  statAsWritten,
  citeAsWritten,
  sectionAsWritten,
  personAsWritten,
];

/** Runs the element rules on every element, and records the accepted ones the redact pass needs. */
export function checkElements(tree: Root, ctx: MdxContext): void {
  visitBody(tree, ctx, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return true;
    const depth = redactionDepth(ctx, node);
    if (!elementRules.every((rule) => rule(node, ctx, depth > 0))) {
      ctx.refused.add(node);
      return false;
    }
    recordElement(node, ctx, depth);
    return true;
  });
}

/** Binder components (where the pass adds `lang`), `<Ref>` links and `<Redact>` passages. */
function recordElement(node: Jsx, ctx: MdxContext, depth: number): void {
  const name = node.name!;
  const [start, end] = [node.position!.start.offset!, node.position!.end.offset!];
  if (/^[A-Z]/.test(name)) ctx.facts.components.push({ name, nameEnd: start + 1 + name.length, flow: node.type === 'mdxJsxFlowElement' });
  if (name === 'Ref') ctx.facts.refs.push({ start, end, to: attribute(node, 'to')!, insideRedaction: depth > 0 });
  // A <Person> is a reference to people/<id>: a withheld person's becomes a marker in the public copy.
  const person = personTarget(node);
  if (person) ctx.facts.refs.push({ start, end, to: person, insideRedaction: depth > 0 });
  if (name !== 'Redact') return;
  const markers = markersOf(node);
  ctx.facts.spans.push({ start, end, markers, kind: node.type === 'mdxJsxFlowElement' ? 'flow' : 'text', depth });
  ctx.markers.push({ at: start, marker: markers.join(' ') });
}

export function attribute(node: Jsx, name: string): string | undefined {
  for (const attr of node.attributes) {
    if (attr.type === 'mdxJsxAttribute' && attr.name === name) {
      return typeof attr.value === 'string' ? attr.value : undefined;
    }
  }
  return undefined;
}

export function markersOf(node: Jsx): string[] {
  return (attribute(node, 'marker') ?? '').split(/[\s,]+/).filter(Boolean);
}

/** `<redact>`, `<REDACT>`, `<Redaction>`, `<Redacted>`, `<Readct>`: anything an editor might mean as Redact. */
export function isNearRedact(name: string): boolean {
  const lower = name.toLowerCase();
  return ['redact', 'redacted', 'redaction', 'caviarder', 'caviardé'].some((word) => levenshtein(lower, word) <= 2);
}
