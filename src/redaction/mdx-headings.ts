/**
 * The headings of a body. The page's title is its one `<h1>` (entries/EntryView.astro), so a body
 * starts its headings at `##`: a `# Heading`, a heading underlined with `===` or an `<h1>` is
 * refused at its line and column. And an `<IfPressed>` is drawn under its question, as a heading
 * (briefing/IfPressed.astro): without a question it would be an empty heading, so it is refused.
 * Neither message quotes the heading or the question: inside a redacted passage they are withheld.
 */
import type { Root } from 'mdast';
import { attribute } from './mdx-elements.ts';
import { visitBody, type MdxContext } from './mdx-context.ts';

/** A line that may make a level-1 heading (`# …`, or `===` under a line): a body holding none needs no parse for this rule. */
export const mayHaveTopHeading = (text: string): boolean => /^ {0,3}(?:#(?:[ \t]|$)|=+[ \t]*$)/m.test(text);

export function bodyHeadings(tree: Root, ctx: MdxContext): void {
  visitBody(tree, ctx, (node) => {
    if (node.type === 'heading' && node.depth === 1) ctx.report(node, 'body-h1', { html: false });
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    if (node.name === 'h1') ctx.report(node, 'body-h1', { html: true });
    if (node.name !== 'IfPressed') return;
    const question = attribute(node, 'question');
    if (question === undefined || question.trim() === '') ctx.report(node, 'ifpressed-no-question', { empty: question !== undefined });
  });
}
