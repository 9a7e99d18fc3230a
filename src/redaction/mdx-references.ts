/**
 * URLs in an MDX body written apart from where they are used: reference-style images and links
 * (`![alt][ref]`, `[text][ref]`, with `[ref]: ./x.png` elsewhere), and links by URL to an entry's
 * page. The redact pass needs them resolved: an image used only through a definition is copied (or,
 * used only inside a redaction, not copied) like an inline one, and a definition used only inside
 * redacted passages is removed from the public copy with them, so its URL does not reach Astro.
 */
import type { Definition, ImageReference, LinkReference, Nodes, Root } from 'mdast';
import { collectionOfSlug } from '../core/routes.ts';
import { languages } from '../schemas/localized.ts';
import { insideRedaction, visitBody, type MdxContext } from './mdx-context.ts';

const bookKeeping = new Set(['image', 'definition', 'imageReference', 'linkReference']);

/**
 * The images of a body, inline and through definitions (at the definition, where the URL is
 * written), and the definitions the public copy leaves out. A reference outside a redaction to a
 * definition inside one would show as bracketed text in the public edition: it is refused.
 */
export function imagesAndDefinitions(tree: Root, ctx: MdxContext): void {
  const image = (url: string, insideRedaction: boolean, position: Nodes['position']) => {
    const { line = 1, column = 1 } = position?.start ?? {};
    ctx.facts.images.push({ url, insideRedaction, line, column });
  };
  visitBody(tree, ctx, (node) => {
    if (!bookKeeping.has(node.type)) return;
    const inside = insideRedaction(ctx, node);
    if (node.type === 'image') image(node.url, inside, node.position);
    ctx.references.add(node, inside);
  });
  for (const use of ctx.references.images()) image(use.url, use.insideRedaction, use.position);
  ctx.facts.privateDefinitions = ctx.references.privateDefinitions();
  for (const use of ctx.references.usesOfRedactedDefinitions()) ctx.report(use, 'definition-redacted', {});
}

export interface UrlUse {
  url: string;
  insideRedaction: boolean;
  position: Nodes['position'];
}

/** Collects, during the walk of a body, the definitions and the references that use them. */
export class ReferenceBook {
  private readonly definitions = new Map<string, { node: Definition; inside: boolean }>();
  private readonly uses: { node: ImageReference | LinkReference; inside: boolean }[] = [];

  add(node: Nodes, inside: boolean): void {
    // `[^x]` is a GFM footnote when Astro renders (this pass parses without GFM): not a reference.
    if (node.type === 'definition' && !node.identifier.startsWith('^')) {
      // As in CommonMark, the first definition of a label is the one used.
      if (!this.definitions.has(node.identifier)) this.definitions.set(node.identifier, { node, inside });
    }
    if ((node.type === 'imageReference' || node.type === 'linkReference') && !node.identifier.startsWith('^')) {
      this.uses.push({ node, inside });
    }
  }

  /** One image per definition that images use: inside a redaction when the public copy drops every use (or the definition). */
  images(): UrlUse[] {
    const out: UrlUse[] = [];
    for (const [identifier, definition] of this.definitions) {
      const uses = this.uses.filter((u) => u.node.type === 'imageReference' && u.node.identifier === identifier);
      if (uses.length === 0) continue;
      const insideRedaction = definition.inside || uses.every((u) => u.inside);
      out.push({ url: definition.node.url, insideRedaction, position: definition.node.position });
    }
    return out;
  }

  /** Definitions outside any redaction whose every use is inside one: the public copy leaves them out. */
  privateDefinitions(): { start: number; end: number }[] {
    const out: { start: number; end: number }[] = [];
    for (const [identifier, definition] of this.definitions) {
      if (definition.inside) continue;
      const uses = this.uses.filter((u) => u.node.identifier === identifier);
      if (uses.length > 0 && uses.every((u) => u.inside)) {
        out.push({ start: definition.node.position!.start.offset!, end: definition.node.position!.end.offset! });
      }
    }
    return out;
  }

  /** Uses outside any redaction of a definition inside one: in the public edition they would show as bracketed text. */
  usesOfRedactedDefinitions(): Nodes[] {
    return this.uses.filter((u) => !u.inside && this.definitions.get(u.node.identifier)?.inside).map((u) => u.node);
  }

  /** Definitions the public copy keeps, as URLs a link may use. */
  publicDefinitionUrls(): UrlUse[] {
    const hidden = new Set(this.privateDefinitions().map((d) => d.start));
    return [...this.definitions.values()]
      .filter((d) => !d.inside && !hidden.has(d.node.position!.start.offset!))
      .map((d) => ({ url: d.node.url, insideRedaction: false, position: d.node.position }));
  }
}

/**
 * True when a URL's path names the page of one of `withheld` (`collection/id`): a section slug of
 * either language followed by the id, as in /en/notes/x/, ../../notes/x/ or https://host/base/fr/notes/x.
 */
export function namesWithheldEntry(url: string, withheld: ReadonlySet<string>): boolean {
  if (withheld.size === 0) return false;
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').split(/[?#]/)[0] ?? '';
  const segments = path.split('/').filter(Boolean).map(safeDecode);
  for (let i = 0; i + 1 < segments.length; i++) {
    for (const lang of languages) {
      const collection = collectionOfSlug(lang, segments[i]!);
      if (collection && withheld.has(`${collection}/${segments[i + 1]}`)) return true;
    }
  }
  return false;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
