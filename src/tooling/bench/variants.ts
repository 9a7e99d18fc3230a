/**
 * The builds the benchmark compares, run alternately: Binder's public edition (everything
 * `npm run build` does: redact pass, Astro, Pagefind, audit), Binder's internal edition, and the
 * floor (the same MDX bodies in a bare Astro + MDX + remark-gfm + rehype-slug site, then Pagefind).
 */
import path from 'node:path';
import { timed, type Run } from './measure.ts';

export const variantNames = ['public', 'internal', 'floor'] as const;
export type Variant = (typeof variantNames)[number];

export interface BenchSetup {
  /** The Binder project (scripts/build.ts lives there). */
  root: string;
  /** The benchmark's temporary folder: content/, binder/ (Binder's workdir), floor/. */
  work: string;
  env: NodeJS.ProcessEnv;
}

/** One timed build of a variant. */
export function runVariant(name: Variant, { root, work, env }: BenchSetup): Run {
  const node = process.execPath;
  const binderEnv = { ...env, BINDER_CONTENT: path.join(work, 'content'), BINDER_WORKDIR: path.join(work, 'binder') };
  if (name === 'public')
    return timed(node, [path.join(root, 'scripts/build.ts')], { cwd: root, env: { ...binderEnv, BINDER_EDITION: 'public' } });
  if (name === 'internal')
    return timed(node, [path.join(root, 'scripts/build.ts'), '--edition', 'internal'], { cwd: root, env: binderEnv });
  const bin = (tool: string) => `"${path.join(root, 'node_modules/.bin', tool)}"`;
  return timed('sh', ['-c', `${bin('astro')} build --silent && ${bin('pagefind')} --site dist --quiet`], {
    cwd: path.join(work, 'floor'),
    env: { ...env, PATH: `${path.dirname(node)}:${env['PATH']}` },
  });
}

/**
 * `runs` rounds of every variant; throws with the end of the failed build's log. The order
 * alternates so that neither side always runs with a warmer machine.
 */
export function runAll(setup: BenchSetup, runs: number, log: (line: string) => void): Record<Variant, Run[]> {
  const results: Record<Variant, Run[]> = { public: [], internal: [], floor: [] };
  for (let run = 1; run <= runs; run++) {
    const order: Variant[] = run % 2 ? ['public', 'internal', 'floor'] : ['floor', 'internal', 'public'];
    for (const name of order) {
      const result = runVariant(name, setup);
      if (result.status !== 0) throw new Error(`${name} build failed:\n${result.log.split('\tCommand being timed')[0]!.slice(-4000)}`);
      results[name].push(result);
      log(
        `  run ${run}/${runs} ${name.padEnd(8)} ${result.wall.toFixed(1)} s wall, ${result.cpu.toFixed(1)} s CPU, ${result.rssMb.toFixed(0)} MB peak`,
      );
    }
  }
  return results;
}
