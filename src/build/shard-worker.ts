/**
 * One shard of the Astro stage, in a process of its own (src/build/shard-runner.ts forks it at the
 * start of the build, before the redact pass): it loads Astro, Vite and the config's modules at
 * once, on the core the redact pass leaves idle, then waits. Only the runner's `go` message, sent
 * once this edition's copy is written, starts the build: nothing that reads the copy, the binder's
 * settings or the content-modules map runs before it (the config is evaluated afresh by `build`).
 * Astro builds the redacted copy into the shard's own output and cache directories, writing only
 * the shard's pages (BINDER_SHARD, read by src/integration/shards.ts). The result goes back as one
 * message: done, or the error in the editor's terms (describeAstroError), so the runner reports it
 * once, in the build's own words. A `stop` message, or the runner gone, ends the process silently.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describeAstroError } from './summary.ts';
import { ownTempNames } from './temp-names.ts';

export interface ShardJob {
  root: string;
  out: string;
  cache: string;
  verbose: boolean;
  /** For error messages: this edition's copy of content/ and the sources it came from. */
  copy: string;
  sources: string;
}

export type ShardMessage = { go: ShardJob } | { stop: true };

export type ShardResult = { ok: true } | { ok: false; described: string; stack: string };

/**
 * The modules a build loads before it reads anything of the binder: Astro (its build, Vite,
 * Rolldown) and every module astro.config.mjs imports. Node keeps them, so the config's own
 * imports (Astro imports the config with a fresh query, its dependencies by their plain URLs) and
 * Astro's find them loaded. The config reads the binder's settings in its own body, which runs in
 * `build`; what it imports must not read the copy or the settings when imported.
 */
export async function warmUp(root: string): Promise<void> {
  const config = path.join(root, 'astro.config.mjs');
  const text = fs.existsSync(config) ? fs.readFileSync(config, 'utf8') : '';
  await Promise.all([import('astro'), ...configImports(text, pathToFileURL(config).href).map((url) => import(url))]);
}

/** The modules a config imports (`import … from 'x'`, `import 'x'`), relative ones as URLs beside it. */
export function configImports(text: string, configUrl: string): string[] {
  const specifiers = [...text.matchAll(/^import\s+(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
  return specifiers.map((s) => (s.startsWith('.') ? new URL(s, configUrl).href : s));
}

export async function runShardJob(job: ShardJob): Promise<ShardResult> {
  process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
  const { build } = await import('astro');
  // The shards sync their content together into one .astro/: each writes its own temporary files.
  const undo = ownTempNames(path.join(job.root, '.astro'));
  try {
    await build({
      root: job.root,
      logLevel: job.verbose ? 'info' : 'silent',
      outDir: job.out,
      cacheDir: job.cache,
      vite: { cacheDir: path.join(job.cache, 'vite') },
    });
    return { ok: true };
  } catch (error) {
    const described = describeAstroError(error, { copy: job.copy, sources: job.sources, root: job.root });
    return { ok: false, described, stack: (error as Error).stack ?? '' };
  } finally {
    undo();
  }
}

// Run as a process: warm up, then build on `go` (the result goes back over IPC) or end on `stop`.
if (import.meta.main && process.send) {
  // The runner gone (it failed, or was stopped): nothing is left to build for.
  process.on('disconnect', () => process.exit(0));
  // A warm-up failure is the build's to report, with its stack: `build` imports the same modules.
  const warm = warmUp(process.cwd()).catch(() => undefined);
  process.once('message', (message: ShardMessage) => {
    if (!('go' in message)) process.exit(0);
    void warm
      .then(() => runShardJob(message.go))
      // Astro may leave handles open (file watchers): the shard is done once its result is sent.
      .then((result) => process.send!(result, () => process.exit(0)));
  });
}
