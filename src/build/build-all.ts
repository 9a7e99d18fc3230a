/**
 * `npm run build:all`: the public and the internal edition built at once, each in a process of its
 * own (`npm run build`'s, so each has its own BINDER_EDITION, copy, caches and output), then one
 * report: each edition's log as it would have printed alone, public first, and a last line for
 * both. The Astro stages take the checkout's build lock in turn (src/build/lock.ts: Astro's module
 * maps in .astro/ are per edition), each on all cores through its shards; everything else (the
 * redact passes, Pagefind, the audit) runs beside the other edition's work.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ParseArgsOptionsConfig } from 'node:util';
import { parseCommand, type Command } from './args.ts';
import { consoleLog, green, red, type Log } from './report.ts';

export const buildAllCommand = {
  name: 'npm run build:all',
  takes: '--strict',
  options: { strict: { type: 'boolean' } },
} satisfies Command<ParseArgsOptionsConfig>;

interface EditionRun {
  edition: 'public' | 'internal';
  status: number;
  stdout: string;
  stderr: string;
  seconds: number;
}

function buildOne(root: string, edition: 'public' | 'internal', strict: boolean): Promise<EditionRun> {
  const started = performance.now();
  const args = [path.join(root, 'scripts/build.ts'), '--edition', edition, ...(strict ? ['--strict'] : [])];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, BINDER_EDITION: edition },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
  return new Promise((resolve) => {
    child.on('close', (code) => resolve({ edition, status: code ?? 1, stdout, stderr, seconds: (performance.now() - started) / 1000 }));
  });
}

/** Builds both editions concurrently; 0 when both succeeded, else the first failed edition's code. */
export async function buildAllMain(argv: string[], log: Log = consoleLog, root = process.cwd()): Promise<number> {
  const { values } = parseCommand(buildAllCommand, argv);
  const started = performance.now();
  const runs = await Promise.all((['public', 'internal'] as const).map((edition) => buildOne(root, edition, values.strict ?? false)));
  for (const run of runs) {
    for (const line of run.stderr.split('\n').filter(Boolean)) log.err(line);
    for (const line of run.stdout.split('\n').filter(Boolean)) log.out(line);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const failed = runs.filter((run) => run.status !== 0);
  const each = runs.map((run) => `${run.edition} ${run.seconds.toFixed(1)} s`).join(', ');
  if (failed.length === 0) {
    log.out(`${green('✓')} both editions in ${seconds} s (${each}, built at once)`);
    return 0;
  }
  log.err(
    `${red('Build failed')} for the ${failed.map((run) => run.edition).join(' and the ')} edition${failed.length > 1 ? 's' : ''} (above).`,
  );
  return failed[0]!.status;
}
