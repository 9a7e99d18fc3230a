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
 * - A shard compiles only the bodies of its language (the content-modules map is filtered), since
 *   a page renders the bodies of its own language only; a page that asked for another language's
 *   body would fail the build (Astro throws for a module missing from the map), never render empty.
 * - Every shard bundles the same pages and components, so shared assets (stylesheets, fonts) come
 *   out with the same names and bytes in each, and the merge keeps them once.
 */
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

/**
 * Astro's content-modules map (`.astro/content-modules.mjs`: `["<file>.en.mdx", () => import("…")]`
 * per body) with only the bodies in `keep`'s languages, written back in Astro's own form.
 */
export function filterModuleMap(code: string, keep: readonly Lang[]): string {
  const entries = [...code.matchAll(/\[("(?:[^"\\]|\\.)*"), \(\) => import\(("(?:[^"\\]|\\.)*")\)\]/g)];
  if (entries.length === 0) return code;
  const kept = entries.filter((m) => {
    const lang = /\.(\w+)\.mdx?"$/.exec(m[1]!)?.[1];
    return lang === undefined || keep.includes(lang as Lang);
  });
  return `\nexport default new Map([\n${kept.map((m) => m[0]).join(',\n')}]);\n`;
}

/** The Vite plugin that gives a shard's bundle only its languages' bodies. */
export function moduleMapFilter(shard: Shard) {
  const keep = shardLanguages(shard);
  return {
    name: 'binder:shard-bodies',
    transform(code: string, id: string) {
      if (!/[\\/]\.astro[\\/]content-modules\.mjs$/.test(id)) return undefined;
      return { code: filterModuleMap(code, keep), map: null };
    },
  };
}

type Hooks = AstroIntegration['hooks'];

/** What the integration does in a shard: its bodies in config:setup, its pages in build:start. */
export function shardHooks(
  shard: Shard | undefined,
): Pick<Hooks, 'astro:build:start'> & { vitePlugins: ReturnType<typeof moduleMapFilter>[] } {
  if (!shard || shard.count === 1) return { vitePlugins: [] };
  return {
    vitePlugins: [moduleMapFilter(shard)],
    'astro:build:start': ({ setPrerenderer }) => setPrerenderer(shardPrerenderer(shard)),
  };
}
