/**
 * Shards of the Astro stage (issue 15): with BINDER_JOBS above 1, src/build/shard-runner.ts runs
 * one Astro build per shard, in processes of their own, and merges their outputs. Each process is
 * told its shard by BINDER_SHARD (`index/count`); this file decides which pages a shard writes and
 * which MDX bodies it compiles, so that the merged tree is the single-process build's, file for file.
 *
 * - Pages under /en/ go to the even shards, pages under /fr/ to the odd ones; the bilingual pages
 *   (the root, the 404, robots.txt, the sitemap) to shard 1, beside French, which has no more pages
 *   than English. With more shards than languages, a language's pages are spread over its shards by
 *   a hash of their path (stable from run to run).
 * - A shard compiles only the bodies of its language, every one of them (its content-modules map
 *   is written here from the edition's copy, never read from the .astro/ that every Astro process
 *   of the checkout shares), since a page renders the bodies of its own language only; a page that
 *   asked for another language's body would fail the build (Astro throws for a module missing from
 *   the map), never render empty.
 * - Every shard bundles the same pages and components, so shared assets (stylesheets, fonts) come
 *   out with the same names and bytes in each, and the merge keeps them once.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { languages, type Lang } from '../schemas/localized.ts';

export interface Shard {
  index: number;
  count: number;
}

/** BINDER_SHARD read strictly (`0/2`); undefined when the build is not sharded. */
export function readShard(env: NodeJS.ProcessEnv = process.env): Shard | undefined {
  const value = env['BINDER_SHARD'];
  if (value === undefined || value === '') return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index >= count) throw new Error(`BINDER_SHARD is index/count (0/2), not "${value}"`);
  return { index, count };
}

/** The languages whose pages and bodies a shard holds (both when there is one shard). */
export function shardLanguages({ index, count }: Shard): Lang[] {
  return count === 1 ? [...languages] : [languages[index % languages.length]!];
}

/** The shards that hold one language's pages: 0, 2, 4… for English, 1, 3, 5… for French. */
function shardsOf(lang: Lang, count: number): number[] {
  const first = languages.indexOf(lang);
  if (count === 1) return [0];
  const own: number[] = [];
  for (let i = first; i < count; i += languages.length) own.push(i);
  return own;
}

/** A small stable hash (FNV-1a), so a page lands in the same shard on every run. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** The shard that writes the page at `pathname` (`/en/forums/igc/`, `/404.html`, `/`). */
export function shardOfPath(pathname: string, count: number): number {
  const first = pathname.split('/').find(Boolean) ?? '';
  const lang = languages.find((l) => l === first);
  if (!lang) return Math.min(1, count - 1);
  const own = shardsOf(lang, count);
  return own.length === 1 ? own[0]! : own[hash(pathname) % own.length]!;
}

/**
 * Whether the passes after Astro (the printable binder's bodies, glossary abbreviations) can run
 * in the shard: they can when each language's pages are all in one shard (the printable binder
 * is filled from its language's entry pages); otherwise the runner runs them on the merged tree.
 */
export function passesInShard(count: number): boolean {
  return count <= languages.length;
}

/** The default prerenderer, writing only the pages of `shard`. */
export function shardPrerenderer(shard: Shard): (defaults: AstroPrerenderer) => AstroPrerenderer {
  return (defaults) => ({
    ...defaults,
    name: `binder:shard-${shard.index}`,
    // Delegated, not copied: the default prerenderer keeps its state on itself.
    setup: async () => defaults.setup?.(),
    teardown: async () => defaults.teardown?.(),
    render: (request, options) => defaults.render(request, options),
    getStaticPaths: async () => (await defaults.getStaticPaths()).filter((p) => shardOfPath(p.pathname, shard.count) === shard.index),
  });
}

/** The specifier Astro gives a deferred MDX body in its module map (contentModuleToId, Astro 7). */
function deferredModule(fileName: string): string {
  const params = new URLSearchParams('astro:content-layer-deferred-module');
  params.set('fileName', fileName);
  params.set('astroContentModuleFlag', 'true');
  return `astro:content-layer-deferred-module?${params.toString()}`;
}

/**
 * The content-modules map of a shard, in Astro's own form (`["<file>.en.mdx", () => import("…")]`
 * per body, sorted as Astro sorts it), written from this edition's copy (`<copy>/<collection>/
 * <id>.<lang>.mdx`, keys relative to the project root) with the bodies of `keep`'s languages only.
 * Astro's own map is a file in the project's .astro/, shared by every Astro process of the
 * checkout (the other shards, a dev server, astro check) and read again when Vite bundles: a map
 * written meanwhile for another copy lacks this build's bodies ("Unexpected error while rendering
 * notes/….en"). A shard never reads it.
 */
export function moduleMapOf(root: string, copy: string, keep: readonly Lang[]): string {
  const files: string[] = [];
  for (const dir of fs.readdirSync(copy, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const name of fs.readdirSync(path.join(copy, dir.name))) {
      const lang = /\.(\w+)\.mdx$/.exec(name)?.[1];
      if (lang !== undefined && keep.includes(lang as Lang)) files.push(path.join(copy, dir.name, name));
    }
  }
  const keys = files.map((file) => path.relative(root, file).split(path.sep).join('/')).sort((a, b) => a.localeCompare(b));
  if (keys.length === 0) return 'export default new Map();';
  const lines = keys.map((key) => `[${JSON.stringify(key)}, () => import(${JSON.stringify(deferredModule(key))})]`);
  return `\nexport default new Map([\n${lines.join(',\n')}]);\n`;
}

/** Astro's ids for its module map: the file in .astro/, or its virtual module when there is none. */
const moduleMapId = /(?:[\\/]\.astro[\\/]content-modules\.mjs|^\0astro:content-module-imports)$/;

/** The Vite plugin that gives a shard's bundle its own module map, with its languages' bodies only. */
export function moduleMapPlugin(shard: Shard, root: string, copy: string) {
  const keep = shardLanguages(shard);
  return {
    name: 'binder:shard-bodies',
    enforce: 'pre' as const,
    load(id: string) {
      return moduleMapId.test(id) ? { code: moduleMapOf(root, copy, keep), map: null } : undefined;
    },
  };
}

type Hooks = AstroIntegration['hooks'];

/** What the integration does in a shard: its bodies in config:setup, its pages in build:start. */
export function shardHooks(
  shard: Shard | undefined,
  root: string,
  copy: string,
): Pick<Hooks, 'astro:build:start'> & { vitePlugins: ReturnType<typeof moduleMapPlugin>[] } {
  if (!shard || shard.count === 1) return { vitePlugins: [] };
  return {
    vitePlugins: [moduleMapPlugin(shard, root, copy)],
    'astro:build:start': ({ setPrerenderer }) => setPrerenderer(shardPrerenderer(shard)),
  };
}
