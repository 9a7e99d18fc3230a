/**
 * `npm run bench -- --pages N [--runs 3] [--dev] [--readme]`
 *
 * Generates a deterministic synthetic binder of N entries (synthetic-binder.ts), then, alternating
 * runs, builds Binder's public and internal editions and the floor (variants.ts). Timings and peak
 * memory come from the operating system (GNU time); the table shows medians and the ratios
 * Binder / floor. `--dev` also measures how long `npm run dev` takes to show an edited MDX file;
 * `--readme` writes the table into README.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCommand, wholeNumber } from '../../build/args.ts';
import { writeSyntheticBinder } from './synthetic-binder.ts';
import { writeFloorProject } from './floor.ts';
import { runAll, type BenchSetup } from './variants.ts';
import { measureDevEdit } from './dev-edit.ts';
import { benchTable, figuresOf, writeIntoReadme } from './table.ts';

export const benchCommand = {
  name: 'npm run bench',
  takes: '--pages N, --runs N, --dev and --readme',
  options: { pages: { type: 'string' }, runs: { type: 'string' }, dev: { type: 'boolean' }, readme: { type: 'boolean' } },
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
  try {
    prepare(setup, pages);
    const results = runAll(setup, runs, log);
    const devMs = values.dev ? await measureDevEdit(setup, log) : undefined;
    const table = benchTable({ pages, runs, results, figures: figuresOf(setup.work), devMs });
    log(`\n${table}\n`);
    if (values.readme)
      log(
        writeIntoReadme(path.join(root, 'README.md'), pages, table)
          ? `README.md updated (${pages} pages)`
          : `README.md has no <!-- bench:${pages}:start --> marker; table not written`,
      );
    return 0;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 1;
  } finally {
    fs.rmSync(setup.work, { recursive: true, force: true });
  }
}

/** The synthetic binder, and the floor project over its bodies. */
function prepare({ root, work }: BenchSetup, pages: number): void {
  log(`Generating a synthetic binder of ${pages} entries in ${work}`);
  const counts = writeSyntheticBinder(path.join(work, 'content'), pages, path.join(root, 'content/redaction-markers'));
  log(
    `  ${counts.stakeholders} organisations, ${counts.forums} forums, ${counts.programs} programs, ${counts.notes} notes; ${counts.withheld} withheld; 2 languages`,
  );
  writeFloorProject(path.join(work, 'floor'), path.join(work, 'content'), path.join(root, 'node_modules'));
}
