/**
 * Content holds no code: an `import`/`export` or a `{…}` expression could read or publish anything,
 * past the redaction checks. An expression that is only a block comment is MDX's comment, and allowed.
 */
import type { Root } from 'mdast';
import { visitBody, type MdxContext } from './mdx-context.ts';

const comment = /^\s*\/\*[\s\S]*\*\/\s*$/;

export function noCode(tree: Root, ctx: MdxContext): void {
  visitBody(tree, ctx, (node) => {
    if (node.type === 'mdxjsEsm') ctx.report(node, 'mdx-no-code', { code: 'esm' });
    else if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !comment.test(node.value)) {
      ctx.report(node, 'mdx-no-code', { code: 'expression' });
    }
  });
}
