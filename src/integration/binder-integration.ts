/**
 * Wires Binder's stages into Astro: before Astro reads any content, the redact pass writes this
 * edition's copy of content/ (unless the build pipeline, src/build/pipeline.ts, already did); in `astro dev` the copy is
 * rewritten whenever an editor saves a file, and problems show in the browser's error overlay as
 * well as in the terminal; the sitemap exists in the public edition only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { isRunnableDevEnvironment, type EnvironmentModuleNode, type ViteDevServer } from 'vite';
import { prepareEdition } from '../redaction/prepare.ts';
import { editionPaths, sourcesDir, type Edition } from '../redaction/edition.ts';
import { entryCollections } from '../schemas/reference.ts';
import type { LocalizedText } from '../schemas/localized.ts';
import { buildGlossary, type GlossarySource } from '../features/glossary/glossary.ts';
import { markAbbreviations } from '../features/glossary/abbr.ts';
import { prefixPrintIds, fillPrintBodies } from '../features/print/print.ts';
import { pageSlugs } from '../core/routes.ts';
import { DiagnosticsError, formatDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { explained } from '../diagnostics/report.ts';
import { passesInShard, readShard, shardHooks } from './shards.ts';

type RefreshContent = NonNullable<Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['refreshContent']>;

export function binderIntegration({ edition }: { edition: Edition }): AstroIntegration {
  let problems: Diagnostic[] = [];
  // A shard of a build run by src/build/shard-runner.ts writes only its pages (src/integration/shards.ts).
  const shard = readShard();
  const { vitePlugins, ...sharded } = shardHooks(shard, process.cwd(), shard ? editionPaths(edition).content : '');
  return {
    name: 'binder',
    hooks: {
      ...sharded,
      'astro:config:setup': ({ command, injectRoute, logger, updateConfig }) => {
        if (vitePlugins.length) updateConfig({ vite: { plugins: vitePlugins } });
        const root = process.cwd();
        if (process.env['BINDER_PREPARED'] !== edition) {
          const mode = command === 'dev' ? 'dev' : 'build';
          problems = prepare(root, edition, mode, logger);
          if (problems.some((d) => d.severity === 'error') && mode === 'build') {
            throw new Error('The binder has problems; fix them and build again (listed above).');
          }
        }
        if (edition === 'public')
          injectRoute({ pattern: '/sitemap.xml', entrypoint: './src/features/sitemap/sitemap.xml.ts', prerender: true });
      },
      'astro:build:done': ({ dir }) => {
        // With more shards than languages, the shard runner runs these on the merged tree.
        if (!shard || passesInShard(shard.count)) finishPages(fileURLToPath(dir), edition);
      },
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        const root = process.cwd();
        let timer: NodeJS.Timeout | undefined;
        const show = () => showInOverlay(server, problems);
        server.ws.on('connection', show);
        // A save (or the two or three events of an editor's atomic save) runs the pass once.
        fs.watch(sourcesDir(root), { recursive: true }, () => {
          clearTimeout(timer);
          timer = setTimeout(() => {
            problems = prepare(root, edition, 'dev', logger);
            show();
          }, 20);
        });
        saveStoreSooner(server, editionPaths(edition, root).content + path.sep, refreshContent);
      },
    },
  };
}

/** The passes after Astro wrote the pages: the printable binders' bodies, then glossary abbreviations. */
export function finishPages(out: string, edition: Edition): void {
  for (const file of [path.join(out, 'en', pageSlugs.en.print, 'index.html'), path.join(out, 'fr', pageSlugs.fr.print, 'index.html')]) {
    if (fs.existsSync(file)) fs.writeFileSync(file, prefixPrintIds(fillPrintBodies(fs.readFileSync(file, 'utf8'), out)));
  }
  markGlossaryTerms(out, editionPaths(edition).content);
}

/**
 * Astro's loaders read the rewritten copy by themselves (an entry added, changed or deleted), but
 * its data store then waits 500 ms before it saves, and pages show the change only once it has.
 * A sync that runs no loader saves at once: asked for just after the loaders have read the change
 * (a little after it lands, so asked again shortly after), it brings an edit to the browser about
 * half a second sooner. The sync names a loader no collection uses: with an empty list Astro
 * removes every loader's file watchers first (content-layer.js, `!options?.loaders?.length`) and
 * runs none to add them back, so the next new or deleted entry would wait for a restart.
 * Once the saves are done, the route cache is cleared once more: a request that was computing
 * getStaticPaths from the old store while a save cleared it would otherwise cache the old list of
 * pages (a new entry 404s, a deleted one fails) until the next edit.
 * An edited body needs no save to show: Vite reloads its module and the browser (Astro's
 * hmr-reload), and the page renders it from the module. A save then (serialising the whole store,
 * then every page's store rebuilt) would only hold that first render up, so an edited body is
 * left to Astro's own save; an added or removed body, and any data file, still save sooner.
 */
function saveStoreSooner(server: ViteDevServer, copy: string, refreshContent: RefreshContent | undefined): void {
  if (!refreshContent) return;
  let flushes: NodeJS.Timeout[] = [];
  server.watcher.on('all', (event, file) => {
    if (!file.startsWith(copy) || !['add', 'change', 'unlink'].includes(event)) return;
    if (event === 'change' && file.endsWith('.mdx')) return;
    for (const flush of flushes) clearTimeout(flush);
    const save = () => void refreshContent({ loaders: ['binder-save-only'] }).catch(() => undefined);
    flushes = [50, 150, 300].map((ms) => setTimeout(save, ms));
    flushes.push(setTimeout(() => reloadStoreReaders(server), 1000));
  });
}

/**
 * What Astro does when its data store changed (vite-plugin-content-virtual-mod.js), and more:
 * Astro reloads only the data store's own module, so a module that read it first (its content
 * runtime's store, src/site/store.ts) could keep the store from before the save (a new entry's
 * page 404ed until the next edit). Every module that imports it, however far up, is reloaded, as
 * Astro's hmr-reload does for an edited file; then the routes' cache is cleared.
 */
function reloadStoreReaders(server: ViteDevServer): void {
  for (const name of ['ssr', 'prerender']) {
    const environment = server.environments[name];
    if (!environment) continue;
    const store = environment.moduleGraph.getModuleById('\0astro:data-layer-content');
    const readers = new Set<EnvironmentModuleNode>();
    if (store) environment.moduleGraph.invalidateModule(store, readers, Date.now(), true);
    if (isRunnableDevEnvironment(environment)) {
      for (const { id } of readers) {
        const evaluated = id ? environment.runner.evaluatedModules.getModuleById(id) : undefined;
        if (evaluated) environment.runner.evaluatedModules.invalidateModule(evaluated);
      }
    }
    environment.hot.send('astro:content-changed', {});
  }
}

/** Runs the redact pass and prints problems like a linter. Returns the problems found. */
function prepare(root: string, edition: Edition, mode: 'dev' | 'build', logger: AstroIntegrationLogger): Diagnostic[] {
  try {
    const { warnings } = prepareEdition(root, edition, { mode });
    for (const warning of warnings) logger.warn(formatDiagnostic(warning));
    return warnings;
  } catch (error) {
    if (!(error instanceof DiagnosticsError)) throw error;
    for (const d of error.diagnostics) {
      if (d.severity === 'error') logger.error(formatDiagnostic(d));
      else logger.warn(formatDiagnostic(d));
    }
    return error.diagnostics;
  }
}

/** The first error, in the dev server's overlay, with the catalogue's explanation. */
function showInOverlay(server: ViteDevServer, problems: Diagnostic[]): void {
  const errors = problems.filter((d) => d.severity === 'error');
  const first = errors[0];
  if (!first) return;
  const others =
    errors.length > 1
      ? `\n\n${errors.length - 1} more problem${errors.length > 2 ? 's' : ''}:\n${errors.slice(1).map(formatDiagnostic).join('\n')}`
      : '';
  server.ws.send({
    type: 'error',
    err: {
      message: explained(first) + others,
      stack: '',
      id: first.file,
      plugin: `binder: ${first.rule}`,
      ...(first.line ? { loc: { file: first.file, line: first.line, column: first.column ?? 1 } } : {}),
    },
  });
}

/**
 * After Astro wrote the pages: the first use of each glossary term on a page becomes an <abbr>.
 * The glossary is read from this edition's redacted copy, so the public edition never expands a
 * withheld entry's acronym.
 */
export function markGlossaryTerms(outDir: string, contentCopy: string): number {
  const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  const entries: GlossarySource['entries'] = [];
  for (const collection of entryCollections.filter((c) => c !== 'notes')) {
    const dir = path.join(contentCopy, collection);
    if (!fs.existsSync(dir)) continue;
    for (const name of fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const data = read(path.join(dir, name)) as { name: LocalizedText; acronym?: LocalizedText };
      entries.push({ collection, id: name.replace(/\.json$/, ''), name: data.name, acronym: data.acronym });
    }
  }
  const binder = read(path.join(contentCopy, 'binder.json')) as unknown as GlossarySource['binder'];
  const glossaryFile = path.join(contentCopy, 'glossary.json');
  const terms = fs.existsSync(glossaryFile) ? ((read(glossaryFile)['terms'] ?? []) as GlossarySource['terms']) : [];
  const glossary = { en: buildGlossary({ entries, binder, terms }, 'en'), fr: buildGlossary({ entries, binder, terms }, 'fr') };
  let changed = 0;
  for (const lang of ['en', 'fr'] as const) {
    const dir = path.join(outDir, lang);
    if (!fs.existsSync(dir)) continue;
    for (const d of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!d.isFile() || !d.name.endsWith('.html')) continue;
      const file = path.join(d.parentPath, d.name);
      const html = fs.readFileSync(file, 'utf8');
      const marked = markAbbreviations(html, glossary[lang]);
      if (marked !== html) {
        fs.writeFileSync(file, marked);
        changed++;
      }
    }
  }
  return changed;
}
