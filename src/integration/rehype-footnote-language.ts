/**
 * GFM footnotes get an English heading ("Footnotes") and back-link labels from remark-rehype,
 * whatever the page's language. Bodies are named `<id>.fr.mdx`, so the file says the language.
 */
import type { Root, Element } from 'hast';
import type { VFile } from 'vfile';

const french = { label: 'Notes', back: 'Retour au texte' };

export function rehypeFootnoteLanguage() {
  return (tree: Root, file: VFile) => {
    if (!/\.fr\.mdx$/.test(file.path ?? '')) return;
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (child.properties['id'] === 'footnote-label') child.children = [{ type: 'text', value: french.label }];
        if (child.properties['dataFootnoteBackref'] !== undefined) {
          const label = String(child.properties['ariaLabel'] ?? '');
          child.properties['ariaLabel'] = label.replace(/^Back to reference/, french.back);
        }
        visit(child);
      }
    };
    visit(tree);
  };
}
