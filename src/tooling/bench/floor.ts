/**
 * The benchmark's floor: the same MDX bodies in a bare Astro 7 + @astrojs/mdx site with
 * remark-gfm and rehype-slug, one minimal layout and no Binder stage (no redact pass, no
 * validation, no relations, no audit), followed by Pagefind. What any Astro site of that size
 * costs; Binder's overhead is measured against it.
 */
import fs from 'node:fs';
import path from 'node:path';

export function writeFloorProject(dir: string, bodiesFrom: string, nodeModules: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'src/components'), { recursive: true });
  fs.symlinkSync(nodeModules, path.join(dir, 'node_modules'), 'dir');
  // The bodies exactly as editors wrote them (their <Redact>/<Ref> rendered by trivial components).
  for (const d of fs.readdirSync(bodiesFrom, { recursive: true, withFileTypes: true })) {
    if (!d.isFile() || !d.name.endsWith('.mdx')) continue;
    const rel = path.relative(bodiesFrom, path.join(d.parentPath, d.name));
    fs.mkdirSync(path.join(dir, 'content', path.dirname(rel)), { recursive: true });
    fs.copyFileSync(path.join(d.parentPath, d.name), path.join(dir, 'content', rel));
  }
  fs.writeFileSync(path.join(dir, 'package.json'), '{ "name": "floor", "private": true, "type": "module" }\n');
  fs.writeFileSync(
    path.join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
export default defineConfig({
  markdown: { processor: unified({ gfm: false, smartypants: false, remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSlug] }) },
  integrations: [mdx()],
  vite: { build: { rolldownOptions: { onwarn(w, warn) { if (w.code !== 'MODULE_LEVEL_DIRECTIVE') warn(w); } } } },
});
`,
  );
  fs.writeFileSync(
    path.join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  bodies: defineCollection({ loader: glob({ base: './content', pattern: '**/*.mdx', generateId: ({ entry }) => entry.replace(/\\.mdx$/, '') }) }),
};
`,
  );
  fs.writeFileSync(path.join(dir, 'src/components/Pass.astro'), '<span><slot /></span>\n');
  fs.writeFileSync(path.join(dir, 'src/components/Link.astro'), '---\nconst { to } = Astro.props;\n---\n<a href={`/${to}/`}>{to}</a>\n');
  fs.writeFileSync(
    path.join(dir, 'src/pages/[...slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
import Pass from '../components/Pass.astro';
import Link from '../components/Link.astro';
export async function getStaticPaths() {
  return (await getCollection('bodies')).map((entry) => ({ params: { slug: entry.id.replace(/\\.(en|fr)$/, (_, l) => '/' + l) }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
const lang = entry.id.endsWith('.fr') ? 'fr' : 'en';
---
<!doctype html>
<html lang={lang}>
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{entry.id}</title></head>
  <body><main data-pagefind-body><h1>{entry.id}</h1><Content components={{ Redact: Pass, Ref: Link }} /></main></body>
</html>
`,
  );
}
