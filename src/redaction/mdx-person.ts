/**
 * The element rule of `<Person id="…" />`: `id` names an entry of content/people/, `title="false"`
 * leaves the title out; no content. An unknown id is reported at the attribute, with a suggestion
 * from the people the public edition shows only (a withheld person's id never reaches a log).
 * Inside a redacted passage a message never quotes the id.
 */
import { closest } from '../diagnostics/diagnostic.ts';
import type { MdxContext } from './mdx-context.ts';
import type { Jsx } from './mdx-elements.ts';

export function personAsWritten(node: Jsx, ctx: MdxContext, inside: boolean): boolean {
  if (node.name !== 'Person') return true;
  if (node.children.length > 0) return (ctx.report(node, 'person-attribute', { problem: 'children' }), false);
  const attrs = node.attributes;
  const bad = (a: (typeof attrs)[number]) =>
    a.type !== 'mdxJsxAttribute' || !(a.name === 'id' || (a.name === 'title' && (a.value === 'false' || a.value === 'true')));
  if (attrs.some(bad)) return (ctx.report(node, 'person-attribute', { problem: 'attribute' }), false);
  const attr = attrs.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
  const id = attr?.value;
  if (typeof id !== 'string' || id === '') return (ctx.report(node, 'person-attribute', { problem: 'no-id' }), false);
  if (ctx.known.entries.has(`people/${id}`)) return true;
  const people = (keys: ReadonlySet<string>) => [...keys].filter((k) => k.startsWith('people/')).map((k) => k.slice('people/'.length));
  const suggestion = inside ? undefined : closest(id, people(ctx.known.publicEntries ?? ctx.known.entries));
  ctx.report(attr?.position ? attr : node, 'unknown-person', inside ? {} : { id, suggestion });
  return false;
}

/** The entry a <Person> points to, as the redact pass records references: `people/<id>`. */
export function personTarget(node: Jsx): string | undefined {
  if (node.name !== 'Person') return undefined;
  for (const a of node.attributes)
    if (a.type === 'mdxJsxAttribute' && a.name === 'id' && typeof a.value === 'string') return `people/${a.value}`;
  return undefined;
}
