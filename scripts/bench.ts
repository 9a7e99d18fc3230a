/**
 * `npm run bench -- --pages N [--runs 3] [--dev] [--readme]`
 *
 * Generates a deterministic synthetic binder of N entries (src/bench/synthetic-binder.ts), then,
 * alternating runs, builds: Binder's public edition (everything `npm run build` does: redact
 * pass, Astro, Pagefind, audit), Binder's internal edition, and the floor (the same MDX bodies in
 * a bare Astro + MDX + remark-gfm + rehype-slug site, then Pagefind). Timings and peak memory come
 * from the operating system (GNU time); the table shows medians and the ratios Binder / floor.
 * `--dev` also measures how long `npm run dev` takes to show an edited MDX file; `--readme`
 * writes the table into README.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { flag } from '../src/build/args.ts';
import { writeSyntheticBinder } from '../src/tooling/bench/synthetic-binder.ts';
import { writeFloorProject } from '../src/tooling/bench/floor.ts';
import { median, outputFigures, timed, type Run } from '../src/tooling/bench/measure.ts';

const root = process.cwd();
const pages = Number(flag('pages') || 1000);
const runs = Math.max(1, Number(flag('runs') || 3));
const work = fs.mkdtempSync(path.join(os.tmpdir(), `binder-bench-${pages}-`));
const content = path.join(work, 'content');
const node = process.execPath;
const baseEnv: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
const log = (line: string) => process.stdout.write(`${line}\n`);

if (!fs.existsSync('/usr/bin/time')) {
  process.stderr.write('The benchmark reads timings from GNU time: apt-get install -y time\n');
  process.exit(1);
}

log(`Generating a synthetic binder of ${pages} entries in ${work}`);
const counts = writeSyntheticBinder(content, pages, path.join(root, 'content/redaction-markers'));
log(`  ${counts.stakeholders} organisations, ${counts.forums} forums, ${counts.programs} programs, ${counts.notes} notes; ${counts.withheld} withheld; 2 languages`);
const floorDir = path.join(work, 'floor');
writeFloorProject(floorDir, content, path.join(root, 'node_modules'));

const variants = {
  public: () => timed(node, [path.join(root, 'scripts/build.ts')], { cwd: root, env: { ...baseEnv, BINDER_CONTENT: content, BINDER_WORKDIR: path.join(work, 'binder'), BINDER_EDITION: 'public' } }),
  internal: () => timed(node, [path.join(root, 'scripts/build.ts'), '--edition', 'internal'], { cwd: root, env: { ...baseEnv, BINDER_CONTENT: content, BINDER_WORKDIR: path.join(work, 'binder') } }),
  floor: () =>
    timed('sh', ['-c', `"${path.join(root, 'node_modules/.bin/astro')}" build --silent && "${path.join(root, 'node_modules/.bin/pagefind')}" --site dist --quiet`], {
      cwd: floorDir,
      env: { ...baseEnv, PATH: `${path.dirname(node)}:${baseEnv['PATH']}` },
    }),
};
const results: Record<keyof typeof variants, Run[]> = { public: [], internal: [], floor: [] };
for (let run = 1; run <= runs; run++) {
  // Alternate the order so that neither side always runs with a warmer machine.
  const order = (run % 2 ? ['public', 'internal', 'floor'] : ['floor', 'internal', 'public']) as (keyof typeof variants)[];
  for (const name of order) {
    const result = variants[name]();
    if (result.status !== 0) {
      process.stderr.write(`${name} build failed:\n${result.log.split('\tCommand being timed')[0]!.slice(-4000)}\n`);
      process.exit(1);
    }
    results[name].push(result);
    log(`  run ${run}/${runs} ${name.padEnd(8)} ${result.wall.toFixed(1)} s wall, ${result.cpu.toFixed(1)} s CPU, ${result.rssMb.toFixed(0)} MB peak`);
  }
}

const contentPage = (file: string) => /^(en|fr)\/(forums|organizations|organisations|funding|financement|notes)\/[^/]+\/index\.html$/.test(file);
const floorContentPage = (file: string) => /^(forums|stakeholders|funding-programs|notes)\//.test(file);
const figures = {
  public: outputFigures(path.join(work, 'binder/dist'), contentPage),
  internal: outputFigures(path.join(work, 'binder/dist-internal'), contentPage),
  floor: outputFigures(path.join(floorDir, 'dist'), floorContentPage),
};
const med = (name: keyof typeof variants, key: 'wall' | 'cpu' | 'rssMb') => median(results[name].map((r) => r[key]));
const entryPages = pages * 2;

let devMs: { median: number; max: number } | undefined;
if (process.argv.includes('--dev')) devMs = await measureDevEdit();

const row = (label: string, name: keyof typeof variants) => {
  const f = figures[name];
  return `| ${label} | ${med(name, 'wall').toFixed(1)} s | ${med(name, 'cpu').toFixed(1)} s | ${med(name, 'rssMb').toFixed(0)} MB | ${((med(name, 'wall') * 1000) / f.htmlPages).toFixed(1)} | ${f.htmlPages} | ${f.outputMb.toFixed(1)} MB | ${f.medianHtmlKb.toFixed(1)} KB | ${f.contentPageJsBytes} B | ${f.pagefindMb.toFixed(1)} MB |`;
};
const ratio = (a: number, b: number) => (a / b).toFixed(2);
const table = [
  `Synthetic binder of ${pages} entries (${entryPages} entry pages in two languages), ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'cpu'}), ${(os.totalmem() / 1073741824).toFixed(0)} GiB, Node ${process.version}; medians of ${runs} alternating runs.`,
  '',
  '| build | wall | CPU | peak RSS | ms / page | HTML pages | output | median HTML per content page | JS on a content page | Pagefind index |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  row('Binder, public edition (`npm run build`)', 'public'),
  row('Binder, internal edition', 'internal'),
  row('floor: bare Astro + MDX + Pagefind', 'floor'),
  '',
  `Ratios Binder / floor: public wall **${ratio(med('public', 'wall'), med('floor', 'wall'))}** (target ≤ 1.25), both editions wall **${ratio(med('public', 'wall') + med('internal', 'wall'), med('floor', 'wall'))}** (target ≤ 2.3), public peak RSS **${ratio(med('public', 'rssMb'), med('floor', 'rssMb'))}** (target ≤ 1.2).` +
    (devMs !== undefined ? ` Dev server: an edited MDX file showed in **${devMs.median} ms** (median of 5 edits, slowest ${devMs.max} ms; target < 1000).` : ''),
].join('\n');
log(`\n${table}\n`);

if (process.argv.includes('--readme')) {
  const readme = path.join(root, 'README.md');
  const text = fs.readFileSync(readme, 'utf8');
  const start = `<!-- bench:${pages}:start -->`;
  const end = `<!-- bench:${pages}:end -->`;
  if (text.includes(start)) {
    fs.writeFileSync(readme, `${text.slice(0, text.indexOf(start) + start.length)}\n${table}\n${text.slice(text.indexOf(end))}`);
    log(`README.md updated (${pages} pages)`);
  } else log(`README.md has no ${start} marker; table not written`);
}
fs.rmSync(work, { recursive: true, force: true });

/** Starts `npm run dev` on the synthetic binder, edits one body, and times until the page shows it. */
async function measureDevEdit(): Promise<{ median: number; max: number }> {
  const port = 4390;
  const child = spawn(node, [path.join(root, 'scripts/dev.ts'), '--port', String(port)], {
    cwd: root,
    env: { ...baseEnv, BINDER_CONTENT: content, BINDER_WORKDIR: path.join(work, 'dev') },
    stdio: 'ignore',
  });
  const url = `http://localhost:${port}/en/notes/note-00000/`;
  const fetchText = async () => {
    try {
      return await (await fetch(url)).text();
    } catch {
      return '';
    }
  };
  try {
    const ready = Date.now();
    while (!(await fetchText()).includes('Briefing note 0')) {
      if (Date.now() - ready > 600_000) throw new Error('the dev server did not start');
      await new Promise((r) => setTimeout(r, 500));
    }
    // Five edits, a few seconds apart (an editor saves, reads, saves again): the median is reported.
    const file = path.join(content, 'notes/note-00000.en.mdx');
    const times: number[] = [];
    for (let edit = 0; edit < 5; edit++) {
      await new Promise((r) => setTimeout(r, 3000));
      const marker = `Edited${Date.now()}`;
      const started = Date.now();
      fs.appendFileSync(file, `\n${marker}\n`);
      while (!(await fetchText()).includes(marker)) {
        if (Date.now() - started > 60_000) throw new Error('the edit never showed');
        await new Promise((r) => setTimeout(r, 25));
      }
      times.push(Date.now() - started);
    }
    log(`  dev server: edits showed in ${times.join(', ')} ms`);
    return { median: median(times), max: Math.max(...times) };
  } finally {
    child.kill('SIGTERM');
  }
}
