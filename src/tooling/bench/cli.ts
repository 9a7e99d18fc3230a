/**
 * `npm run bench -- --pages N [--runs 3] [--starlight] [--dev] [--readme]`
 *
 * Generates a deterministic synthetic binder of N entries (synthetic-binder.ts), then, alternating
 * runs, builds Binder's public edition, both editions at once (`npm run build:all`), the floor and,
 * with `--starlight`, a Starlight site of the same bodies (starlight.ts: installed into the
 * benchmark's temporary folder at a pinned version). Timings come from GNU time, peak memory from
 * the whole process tree (measure.ts); the table shows medians and the ratios against issue 15's
 * targets. `--dev` also measures how long `npm run dev` takes to show an edited MDX body and a new
 * entry. `--readme` (which implies `--dev`) prints the README's table, where the time goes and
 * how cost grows over the sizes measured so far, and writes them into README.md's markers.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCommand, wholeNumber } from '../../build/args.ts';
import { writeSyntheticBinder } from './synthetic-binder.ts';
import { writeFloorProject } from './floor.ts';
import { installStarlight, starlightVersion, writeStarlightProject } from './starlight.ts';
import { runAll, stageTimes, type BenchSetup, type Variant } from './variants.ts';
import { measureDevEdit } from './dev-edit.ts';
import { benchTable, figuresOf, growthSection, mediansOf, readGrowthData, writeIntoReadme } from './table.ts';

export const benchCommand = {
  name: 'npm run bench',
  takes: '--pages N, --runs N, --starlight, --dev and --readme',
  options: {
    pages: { type: 'string' },
    runs: { type: 'string' },
    starlight: { type: 'boolean' },
    dev: { type: 'boolean' },
    readme: { type: 'boolean' },
  },
} as const;

const log = (line: string) => process.stdout.write(`${line}\n`);

export async function benchMain(argv: string[]): Promise<number> {
  const { values } = parseCommand(benchCommand, argv);
  const pages = wholeNumber('pages', values.pages, 1000);
  const runs = wholeNumber('runs', values.runs, 3);
  if (!fs.existsSync('/usr/bin/time')) {
    process.stderr.write('The benchmark reads timings from GNU time: apt-get install -y time\n');
    return 1;
  }
  const root = process.cwd();
  const setup: BenchSetup = {
    root,
    work: fs.mkdtempSync(path.join(os.tmpdir(), `binder-bench-${pages}-`)),
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  };
  const variants: Variant[] = ['public', 'all', 'floor', ...(values.starlight ? (['starlight'] as const) : [])];
  try {
    prepare(setup, pages, values.starlight ?? false);
    const results = await runAll(setup, runs, variants, log);
    const devMs = values.dev || values.readme ? await measureDevEdit(setup, log) : undefined;
    const stages = stageTimes(results.public);
    const table = benchTable({ pages, runs, results, figures: figuresOf(setup.work), stages, devMs });
    log(`\n${table}\n`);
    if (values.readme) writeReadme(root, pages, table, mediansOf(results, stages));
    return 0;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  } finally {
    fs.rmSync(setup.work, { recursive: true, force: true });
  }
}

/** The synthetic binder, the floor project over its bodies, and Starlight's if asked for. */
function prepare({ root, work, env }: BenchSetup, pages: number, starlight: boolean): void {
  log(`Generating a synthetic binder of ${pages} entries in ${work}`);
  const counts = writeSyntheticBinder(path.join(work, 'content'), pages, path.join(root, 'content/redaction-markers'));
  log(
    `  ${counts.stakeholders} organisations, ${counts.forums} forums, ${counts.programs} programs, ${counts.notes} notes; ${counts.withheld} withheld; 2 languages`,
  );
  writeFloorProject(path.join(work, 'floor'), path.join(work, 'content'), path.join(root, 'node_modules'));
  if (!starlight) return;
  log(`Installing Starlight ${starlightVersion} into ${path.join(work, 'starlight')} (from the registry; not timed)`);
  writeStarlightProject(path.join(work, 'starlight'), path.join(work, 'content'), path.join(root, 'node_modules'));
  installStarlight(path.join(work, 'starlight'), 'npm', env);
}

/** The table at its size's markers, and the growth section with this size's medians added. */
function writeReadme(root: string, pages: number, table: string, medians: ReturnType<typeof mediansOf>): void {
  const readme = path.join(root, 'README.md');
  const growth = growthSection({ ...readGrowthData(readme), [pages]: medians });
  log(`${growth.split('\n\n<!--')[0]}\n`);
  const wrote = [
    writeIntoReadme(readme, pages, table) && `the ${pages}-entry table`,
    writeIntoReadme(readme, 'growth', growth) && 'the growth table',
  ];
  log(
    wrote.every(Boolean)
      ? `README.md updated: ${wrote.join(' and ')}`
      : `README.md lacks a <!-- bench:${pages}:start --> or <!-- bench:growth:start --> marker; only ${wrote.filter(Boolean).join(' and ') || 'nothing'} written`,
  );
}
