/**
 * The element rule of the briefing sections (<KeyMessages>, <Facts>, <Background>, <NextSteps>,
 * <KeyIssue>): `title` is the only attribute, required on a key issue, allowed on key messages
 * ("Key messages – Day 1"), refused on the others; a key issue opens with its key message as a
 * quotation (`> …`). A title is public text: it becomes the section's heading and its id. Inside
 * a redacted passage a message never quotes an attribute's name.
 */
import type { MdxContext } from './mdx-context.ts';
import type { Jsx } from './mdx-elements.ts';

/** Whether each section takes a title; features/briefing binds the same names (its test checks). */
export const sectionTitles = {
  KeyMessages: 'optional',
  Facts: 'none',
  Background: 'none',
  NextSteps: 'none',
  KeyIssue: 'required',
} as const satisfies Record<string, 'required' | 'optional' | 'none'>;

type SectionName = keyof typeof sectionTitles;
const isSection = (name: string): name is SectionName => Object.hasOwn(sectionTitles, name);

export function sectionAsWritten(node: Jsx, ctx: MdxContext, inside: boolean): boolean {
  const name = node.name ?? '';
  if (!isSection(name)) return true;
  const takes = sectionTitles[name];
  const stray = node.attributes.find((a) => a.type !== 'mdxJsxAttribute' || a.name !== 'title' || takes === 'none');
  if (stray) {
    const attribute = stray.type === 'mdxJsxAttribute' && !inside ? stray.name : undefined;
    ctx.report(node, 'section-attribute', { component: name, attribute, takesTitle: takes !== 'none' });
    return false;
  }
  const title = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'title');
  const text = typeof title?.value === 'string' ? title.value.trim() : '';
  if (title && !text) return (ctx.report(node, 'section-no-title', { component: name, empty: true }), false);
  if (takes === 'required' && !text) return (ctx.report(node, 'section-no-title', { component: name, empty: false }), false);
  if (name === 'KeyIssue' && node.children[0]?.type !== 'blockquote') {
    ctx.report(node, 'key-issue-no-message', {});
    return false;
  }
  return true;
}
