/**
 * The checks on one JSX element of an MDX body: attributes are text only (no code), components
 * are Binder's, `<Redact>` and `<Ref>` are written as Binder reads them. Inside a redacted passage
 * a message never quotes the tag or its attributes: they are part of what is withheld, and the logs
 * of a public build are published.
 */
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { closest, levenshtein } from '../diagnostics/diagnostic.ts';
import type { RuleId } from '../diagnostics/catalogue.ts';

/** Components editors may use in MDX bodies; Binder supplies them, so no import is needed. */
export const bodyComponents = ['Redact', 'Ref', 'KeyMessages', 'IfPressed', 'Facts', 'Background', 'NextSteps'] as const;

export type Jsx = MdxJsxFlowElement | MdxJsxTextElement;

/** What the references in a body may name. */
export interface KnownIds {
  markers: ReadonlySet<string>;
  /** Every entry, as `collection/id`. */
  entries: ReadonlySet<string>;
  /** The entries NOT withheld from the public edition; when given, the only ones a hint may suggest. */
  publicEntries?: ReadonlySet<string>;
}

export interface ElementContext {
  known: KnownIds;
  /** The element is inside a `<Redact>` passage. */
  inside: boolean;
  /** The element's text in the source, for telling an empty `<Redact>`. */
  text: string;
  report: (place: { position?: Jsx['position'] }, rule: RuleId, message: string, hint?: string) => void;
}

/** Returns false when the element is refused (its children are then not looked at). */
export function checkElement(node: Jsx, ctx: ElementContext): boolean {
  if (!checkAttributesAreText(node, ctx)) return false;
  const name = node.name;
  if (name === null) {
    ctx.report(node, 'mdx-fragment', 'empty tags <>…</> are not allowed in content');
    return false;
  }
  if (name !== 'Redact' && isNearRedact(name)) {
    const message = ctx.inside ? 'a misspelled redaction element inside a redacted passage: its text would be published' : `<${name}> is not the redaction element: its text would be published`;
    ctx.report(node, 'redact-misspelled', message, 'write <Redact marker="…">…</Redact>, with a capital R');
    return false;
  }
  if (/^[A-Z]/.test(name) && !(bodyComponents as readonly string[]).includes(name)) {
    const suggestion = ctx.inside ? undefined : closest(name, bodyComponents);
    const message = ctx.inside ? 'an unknown component inside a redacted passage' : `<${name}> is not a Binder component`;
    ctx.report(node, 'unknown-component', message, suggestion ? `did you mean <${suggestion}>?` : `available: ${bodyComponents.join(', ')}`);
    return false;
  }
  if (name === 'Redact') return checkRedact(node, ctx);
  if (name === 'Ref') return checkRef(node, ctx);
  return true;
}

/**
 * Attribute values are text: `a={…}` and `{...spread}` are code, which MDX would run when the
 * page renders (it could read the environment or a file). Bare boolean attributes are text too.
 */
function checkAttributesAreText(node: Jsx, ctx: ElementContext): boolean {
  let ok = true;
  for (const attr of node.attributes) {
    const place = attr.position ? attr : node;
    if (attr.type === 'mdxJsxExpressionAttribute') {
      ctx.report(place, 'mdx-attribute-code', 'attributes cannot spread code: {…} in a tag is not allowed in content', 'write each attribute as text: name="…"');
      ok = false;
    } else if (attr.value !== null && attr.value !== undefined && typeof attr.value !== 'string') {
      const hint = ctx.inside ? 'write the value as text in quotes: name="…"' : `write the value as text in quotes: ${attr.name}="…"`;
      ctx.report(place, 'mdx-attribute-code', 'an attribute value cannot be code: {…} is not allowed in content', hint);
      ok = false;
    }
  }
  return ok;
}

function checkRedact(node: Jsx, ctx: ElementContext): boolean {
  for (const attr of node.attributes) {
    if (attr.type !== 'mdxJsxAttribute' || attr.name !== 'marker') {
      ctx.report(node, 'redact-attribute', '<Redact> takes one attribute, marker="…"');
      return false;
    }
  }
  const value = attribute(node, 'marker');
  if (value === undefined) {
    ctx.report(node, 'redact-no-marker', '<Redact> needs a marker: <Redact marker="atia-15-1">', 'markers are listed in content/redaction-markers/');
    return false;
  }
  const markers = markersOf(node);
  if (markers.length === 0) {
    ctx.report(node, 'redact-no-marker', '<Redact> has an empty marker attribute', 'name the legal basis: marker="atia-15-1"');
    return false;
  }
  for (const marker of markers) {
    if (ctx.known.markers.has(marker)) continue;
    const suggestion = ctx.inside ? undefined : closest(marker, ctx.known.markers);
    const message = ctx.inside ? 'a <Redact> inside a redacted passage names an unknown marker' : `"${marker}" is not a redaction marker`;
    ctx.report(node, 'unknown-marker', message, suggestion ? `did you mean "${suggestion}"?` : 'markers are listed in content/redaction-markers/');
    return false;
  }
  const inner = ctx.text.replace(/^<Redact[^>]*>|<\/Redact>$/g, '');
  if (node.children.length === 0 || inner.trim() === '') {
    ctx.report(node, 'redact-empty', '<Redact> wraps nothing', 'put the withheld passage between <Redact …> and </Redact>, or remove the element');
    return false;
  }
  return true;
}

function checkRef(node: Jsx, ctx: ElementContext): boolean {
  const to = attribute(node, 'to');
  if (!to) {
    ctx.report(node, 'ref-no-target', '<Ref> needs a target: <Ref to="stakeholders/iom" />');
    return false;
  }
  if (ctx.known.entries.has(to)) return true;
  if (ctx.inside) {
    ctx.report(node, 'unknown-reference', 'a <Ref> inside a redacted passage points to no entry', 'write collection/id, e.g. forums/igc');
    return false;
  }
  // A withheld entry's id must never appear in a log: suggestions come from public entries only.
  const suggestion = closest(to, ctx.known.publicEntries ?? ctx.known.entries);
  ctx.report(node, 'unknown-reference', `<Ref to="${to}"> points to no entry`, suggestion ? `did you mean "${suggestion}"?` : 'write collection/id, e.g. forums/igc');
  return false;
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
