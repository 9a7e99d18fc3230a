// @ts-check
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import { binderIntegration } from './src/integration/binder-integration.ts';
import { rehypeFootnoteLanguage } from './src/integration/rehype-footnote-language.ts';
import { remarkOutline } from './src/features/contents/remark-outline.ts';
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
      // remarkOutline records each body's "On this page" skeleton in its module as MDX compiles it.
      remarkPlugins: [remarkGfm, remarkOutline],
      rehypePlugins: [rehypeSlug, rehypeFootnoteLanguage],
    }),
  },
  integrations: [binderIntegration({ edition }), mdx()],
  vite: {
    // Vite's dependency cache beside this edition's other caches, not the shared node_modules/.vite:
    // a build, another workdir or the other edition no longer leave a cache that the next
    // `npm run dev` finds stale ("Re-optimizing dependencies because vite config has changed").
    cacheDir: path.join(paths.cache, 'vite'),
    // Content pages import no client module (zero JavaScript), so nothing is found by crawling
    // pages at request time: no late "new dependencies optimized" and reload in the dev log.
    optimizeDeps: { noDiscovery: true },
    build: {
      rolldownOptions: {
        // Every MDX body in one chunk instead of one chunk each: with a thousand bodies, writing,
        // hashing and then importing a thousand small modules cost more than rendering them
        // (issue 15: about 2 s of a 1,000-entry build). The pages are the same byte for byte.
        output: { codeSplitting: { groups: [{ name: 'bodies', test: /\.mdx$/ }] } },
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
