// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import { binderIntegration } from './src/integration/binder-integration.ts';
import { rehypeFootnoteLanguage } from './src/integration/rehype-footnote-language.ts';
import { readEdition, editionPaths } from './src/redaction/edition.ts';
import { readSiteSettings } from './src/site/site-settings.ts';

const edition = readEdition();
const paths = editionPaths(edition);
const settings = readSiteSettings(process.cwd());

export default defineConfig({
  ...(settings.site ? { site: settings.site } : {}),
  base: settings.base,
  trailingSlash: 'always',
  cacheDir: paths.cache,
  outDir: paths.staging,
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No prefetch, no view transitions, no dev toolbar: content pages ship zero JavaScript.
  devToolbar: { enabled: false },
  markdown: {
    processor: unified({
      gfm: false,
      smartypants: false, // Editors write French and English typography themselves (« », ’).
      remarkPlugins: [remarkGfm],
      rehypePlugins: [rehypeSlug, rehypeFootnoteLanguage],
    }),
  },
  integrations: [binderIntegration({ edition }), mdx()],
  vite: {
    build: {
      rolldownOptions: {
        // MDX modules carry Astro's "use astro:head-inject" directive; the bundler warns about it
        // once per page although Astro handles it. A newcomer's build log stays clean.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
