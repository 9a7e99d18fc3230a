/**
 * The Astro stage on several cores (issue 15): one Astro build per shard, each in a process of its
 * own with its own output and cache directories (src/build/shard-worker.ts), then the outputs
 * merged into the staging directory (src/build/merge.ts). Which pages and bodies each shard takes
 * is decided in src/integration/shards.ts. The shards read this edition's redacted copy only
 * (BINDER_PREPARED: the redact pass ran once, in this process).
 *
 * Astro writes its module maps into the project's .astro/ whatever the output directory; the
 * shards of one edition write the same maps (each then keeps its own bodies, shards.ts), and the
 * build lock, held around all of them, keeps another edition's build out meanwhile. Each shard's
 * output is inside the project (Astro puts the modules that render pages in the output directory
 * only then, and in the shared .astro/ otherwise), so the shards never share those either.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { finishPages } from '../integration/binder-integration.ts';
import { passesInShard } from '../integration/shards.ts';
import { BuildFailure } from './failure.ts';
import { MergeConflict, mergeTrees } from './merge.ts';
import type { ShardMessage, ShardResult } from './shard-worker.ts';
import type { Context } from './stages.ts';

const worker = path.join(import.meta.dirname, 'shard-worker.ts');

/**
 * Below this many MDX bodies, the default is one process: a shard's fixed cost (Astro and Vite
 * started, every template bundled) outweighs what it saves. On the idle 2-core machine, shards
 * forked before the redact pass, medians of 3 alternating runs of the whole public build: 400
 * bodies (a synthetic binder of 200 entries) took 14.3 s in one process and 14.4 s in two, 800
 * bodies 22.0 s and 20.5 s. Two processes also hold twice the memory, so they start to pay between
 * the two. BINDER_JOBS, when set, is obeyed whatever the size.
 */
export const minBodiesToShard = 500;

/** BINDER_JOBS: how many shards the Astro stage runs (default: the machine's cores, for a binder big enough; 1: one process). */
export function buildJobs(env: NodeJS.ProcessEnv = process.env, cores = os.availableParallelism(), bodies = Infinity): number {
  const value = env['BINDER_JOBS'];
  if (value === undefined || value === '') return bodies < minBodiesToShard ? 1 : Math.max(1, cores);
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new Error(`BINDER_JOBS is a whole number of at least 1, not "${value}"`);
  return Number(value);
}

/** How many MDX bodies this edition's copy holds (`<collection>/<id>.<lang>.mdx`). */
export function countBodies(copy: string): number {
  let count = 0;
  for (const d of fs.readdirSync(copy, { withFileTypes: true })) {
    if (d.isDirectory()) count += fs.readdirSync(path.join(copy, d.name)).filter((name) => name.endsWith('.mdx')).length;
  }
  return count;
}

/**
 * Where shard `index` of `count` writes and caches. Outputs sit beside the staging directory when
 * it is inside the project, else in the project's .binder/shards/ under a name of that staging
 * directory (two workdirs never share); caches beside the edition's own cache.
 */
export function shardDirs(paths: { staging: string; cache: string }, root: string, count: number): { out: string; cache: string }[] {
  const inside = paths.staging.startsWith(root + path.sep);
  const key = createHash('sha256').update(paths.staging).digest('hex').slice(0, 12);
  const base = inside ? `${paths.staging}-shards` : path.join(root, '.binder', 'shards', key);
  return Array.from({ length: count }, (_, i) => ({ out: path.join(base, String(i)), cache: `${paths.cache}-shard-${i}` }));
}

interface Running {
  child: ChildProcess;
  result: Promise<ShardResult>;
}

/** Forks shard `index` of `count`: it loads Astro meanwhile, and builds once told `go` (shard-worker.ts). */
function forkShard(index: number, count: number, edition: string, verbose: boolean): Running {
  const child = fork(worker, [], {
    env: { ...process.env, BINDER_SHARD: `${index}/${count}`, BINDER_PREPARED: edition },
    stdio: verbose ? ['ignore', 'inherit', 'inherit', 'ipc'] : ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => void (stderr = (stderr + chunk.toString()).slice(-4000)));
  // A shard stopped while it waits may close its channel before a message reaches it.
  child.on('error', () => undefined);
  const result = new Promise<ShardResult>((resolve) => {
    let sent: ShardResult | undefined;
    child.on('message', (message: ShardResult) => (sent = message));
    child.on('exit', (code, signal) => {
      const why = signal ? `stopped by ${signal}` : `exited with code ${code}`;
      resolve(sent ?? { ok: false, described: `shard ${index} of the Astro stage ${why}`, stack: stderr });
    });
  });
  return { child, result };
}

/** Shards forked before the redact pass, waiting for their job (`go`) or to be stopped. */
export interface Prestarted {
  count: number;
  running: Running[];
}

/**
 * Forks the shards at the start of the build, before the redact pass, when the build will be
 * sharded as far as the sources tell (BINDER_JOBS, else their bodies: the copy may hold fewer,
 * and the Astro stage then stops these and decides again). They load Astro, Vite and the config's
 * modules on the core the pass leaves idle; none reads the copy before `go`. Undefined when the
 * build will run in one process, or BINDER_JOBS is wrong (the Astro stage says so, after the pass).
 */
export function prestartShards({ edition, verbose }: Pick<Context, 'edition' | 'verbose'>, sources: string): Prestarted | undefined {
  let count: number;
  try {
    count = buildJobs(process.env, undefined, countBodies(sources));
  } catch {
    return undefined;
  }
  if (count < 2) return undefined;
  return { count, running: Array.from({ length: count }, (_, i) => forkShard(i, count, edition, verbose)) };
}

/** Ends shards that have not finished (a failed pass, another failing shard): silently, at once. */
export function stopShards(shards: Prestarted | Running[] | undefined): void {
  const running = Array.isArray(shards) ? shards : (shards?.running ?? []);
  for (const { child } of running) if (child.exitCode === null && child.signalCode === null) child.kill();
}

/** The first failure among the shards (the others are stopped), or undefined when all succeeded. */
async function firstFailure(running: Running[]): Promise<Extract<ShardResult, { ok: false }> | undefined> {
  const failed = await new Promise<Extract<ShardResult, { ok: false }> | undefined>((resolve) => {
    let left = running.length;
    for (const { result } of running)
      void result.then((r) => {
        if (!r.ok) resolve(r);
        else if (--left === 0) resolve(undefined);
      });
  });
  if (failed) stopShards(running);
  await Promise.all(running.map((r) => r.result));
  return failed;
}

/**
 * Runs the Astro stage in `count` shards and merges them into the staging directory: the shards
 * forked before the pass when there are as many, else new ones (those are stopped).
 */
export async function runShards(
  { root, edition, paths, verbose }: Context,
  copy: string,
  sources: string,
  count: number,
  prestarted?: Prestarted,
): Promise<void> {
  const dirs = shardDirs(paths, root, count);
  for (const { out } of dirs) fs.rmSync(out, { recursive: true, force: true });
  try {
    if (prestarted && prestarted.count !== count) stopShards(prestarted);
    const running = prestarted?.count === count ? prestarted.running : dirs.map((_, i) => forkShard(i, count, edition, verbose));
    running.forEach(({ child }, i) => child.send({ go: { root, ...dirs[i]!, verbose, copy, sources } } satisfies ShardMessage));
    const failed = await firstFailure(running);
    if (failed) {
      const lines = verbose ? [failed.described, failed.stack] : [failed.described];
      throw new BuildFailure('astro', 'Astro could not render the site (set BINDER_VERBOSE=1 for details).', lines);
    }
    for (const { out } of dirs) fs.rmSync(path.join(out, '.prerender'), { recursive: true, force: true });
    mergeShards(dirs, paths.staging);
    if (!passesInShard(count)) finishPages(paths.staging, edition);
  } finally {
    for (const { out } of dirs) fs.rmSync(out, { recursive: true, force: true });
    fs.rmSync(path.dirname(dirs[0]!.out), { recursive: true, force: true });
  }
}

function mergeShards(dirs: { out: string }[], staging: string): void {
  try {
    mergeTrees(
      dirs.map((d) => d.out),
      staging,
    );
  } catch (error) {
    if (!(error instanceof MergeConflict)) throw error;
    throw new BuildFailure('astro', `The shards of the Astro stage disagree: ${error.message} (build with BINDER_JOBS=1 meanwhile).`);
  }
}
