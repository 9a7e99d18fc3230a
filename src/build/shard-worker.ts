/**
 * One shard of the Astro stage, in a process of its own (src/build/shard-runner.ts forks it):
 * Astro builds this edition's redacted copy into the shard's own output and cache directories,
 * writing only the shard's pages (BINDER_SHARD, read by src/integration/shards.ts). The result goes
 * back to the runner as one message: done, or the error in the editor's terms (describeAstroError),
 * so the runner reports it once, in the build's own words.
 */
import path from 'node:path';
import { describeAstroError } from './summary.ts';

export interface ShardJob {
  root: string;
  out: string;
  cache: string;
  verbose: boolean;
  /** For error messages: this edition's copy of content/ and the sources it came from. */
  copy: string;
  sources: string;
}

export type ShardResult = { ok: true } | { ok: false; described: string; stack: string };

export async function runShardJob(job: ShardJob): Promise<ShardResult> {
  process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
  const { build } = await import('astro');
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
  }
}

// Run as a process: the job comes in BINDER_SHARD_JOB, the result goes back over IPC.
if (import.meta.main && process.send) {
  const result = await runShardJob(JSON.parse(process.env['BINDER_SHARD_JOB'] ?? '{}') as ShardJob);
  // Astro may leave handles open (file watchers): the shard is done once its result is sent.
  process.send(result, () => process.exit(0));
}
