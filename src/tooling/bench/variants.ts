/**
 * The builds the benchmark compares, run alternately: Binder's public edition (everything
 * `npm run build` does: redact pass, Astro on all cores, Pagefind, audit), both editions at once
 * (`npm run build:all`), the floor (the same MDX bodies in a bare Astro + MDX + remark-gfm +
 * rehype-slug site, then Pagefind) and, with `--starlight`, the same bodies as a Starlight site.
 */
import path from 'node:path';
import { timed, type Run } from './measure.ts';

export const variantNames = ['public', 'all', 'floor', 'starlight'] as const;
export type Variant = (typeof variantNames)[number];

export interface BenchSetup {
  /** The Binder project (scripts/build.ts lives there). */
  root: string;
  /** The benchmark's temporary folder: content/, binder/ (Binder's workdir), floor/, starlight/. */
  work: string;
  env: NodeJS.ProcessEnv;
}

/** One timed build of a variant. */
export function runVariant(name: Variant, { root, work, env }: BenchSetup): Promise<Run> {
  const node = process.execPath;
  const binderEnv = { ...env, BINDER_CONTENT: path.join(work, 'content'), BINDER_WORKDIR: path.join(work, 'binder') };
  if (name === 'public')
    return timed(node, [path.join(root, 'scripts/build.ts')], { cwd: root, env: { ...binderEnv, BINDER_EDITION: 'public' } });
  if (name === 'all') return timed(node, [path.join(root, 'scripts/build-all.ts')], { cwd: root, env: binderEnv });
  // The other sites run on the same Node as Binder.
  const otherEnv = { ...env, PATH: `${path.dirname(node)}:${env['PATH']}` };
  if (name === 'starlight') {
    const dir = path.join(work, 'starlight');
    return timed(path.join(dir, 'node_modules/.bin/astro'), ['build', '--silent'], { cwd: dir, env: otherEnv });
  }
  const bin = (tool: string) => `"${path.join(root, 'node_modules/.bin', tool)}"`;
  return timed('sh', ['-c', `${bin('astro')} build --silent && ${bin('pagefind')} --site dist --quiet`], {
    cwd: path.join(work, 'floor'),
    env: otherEnv,
  });
}

/**
 * `runs` rounds of every variant; throws with the end of the failed build's log. The order
 * alternates so that neither side always runs with a warmer machine.
 */
export async function runAll(
  setup: BenchSetup,
  runs: number,
  variants: Variant[],
  log: (line: string) => void,
): Promise<Record<Variant, Run[]>> {
  const results: Record<Variant, Run[]> = { public: [], all: [], floor: [], starlight: [] };
  for (let run = 1; run <= runs; run++) {
    const order = run % 2 ? variants : [...variants].reverse();
    for (const name of order) {
      const result = await runVariant(name, setup);
      if (result.status !== 0) throw new Error(`${name} build failed:\n${result.log.split('\tCommand being timed')[0]!.slice(-4000)}`);
      results[name].push(result);
      log(
        `  run ${run}/${runs} ${name.padEnd(9)} ${result.wall.toFixed(1)} s wall, ${result.cpu.toFixed(1)} s CPU, ${result.rssMb.toFixed(0)} MB peak (all processes)`,
      );
    }
  }
  return results;
}

/** Each stage's median time in the public builds, read from their summaries (`time  check and redact 2.4 s · astro …`). */
export function stageTimes(runs: Run[]): [string, number][] {
  const byStage = new Map<string, number[]>();
  for (const run of runs) {
    const line = /^\s*time\s+(.+)$/m.exec(run.log)?.[1] ?? '';
    for (const part of line.split(' · ')) {
      const match = /^(.+) ([\d.]+) s$/.exec(part.trim());
      if (match) byStage.set(match[1]!, [...(byStage.get(match[1]!) ?? []), Number(match[2])]);
    }
  }
  return [...byStage].map(([stage, times]) => [stage, [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!]);
}
