/**
 * The benchmark's table (medians, the ratios Binder / floor and Binder / Starlight against issue
 * 15's targets, where the public build's time goes), the growth table over the sizes measured so
 * far, and their places in README.md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median, outputFigures, type OutputFigures, type Run } from './measure.ts';
import type { Variant } from './variants.ts';
import type { DevTimes } from './dev-edit.ts';

const contentPage = (file: string) =>
  /^(en|fr)\/(forums|organizations|organisations|funding|financement|notes)\/[^/]+\/index\.html$/.test(file);
const floorContentPage = (file: string) => /^(forums|stakeholders|funding-programs|notes)\//.test(file);
const starlightContentPage = (file: string) => /^(en|fr)\/(forums|stakeholders|funding-programs|notes)\/[^/]+\/index\.html$/.test(file);

/** Sizes of each variant's output, read from the benchmark's folder. */
export function figuresOf(work: string): Record<Variant, OutputFigures> {
  return {
    public: outputFigures(path.join(work, 'binder/dist'), contentPage),
    all: outputFigures(path.join(work, 'binder/dist-internal'), contentPage),
    floor: outputFigures(path.join(work, 'floor/dist'), floorContentPage),
    starlight: outputFigures(path.join(work, 'starlight/dist'), starlightContentPage),
  };
}

export interface TableInput {
  pages: number;
  runs: number;
  results: Record<Variant, Run[]>;
  figures: Record<Variant, OutputFigures>;
  stages: [string, number][];
  devMs?: DevTimes | undefined;
}

const labels: Record<Variant, string> = {
  public: 'Binder, public edition (`npm run build`)',
  all: 'Binder, both editions (`npm run build:all`; sizes: internal)',
  floor: 'floor: bare Astro + MDX + Pagefind',
  starlight: 'Starlight 0.42 (defaults, two locales)',
};

/** The medians of one benchmark, as the growth table keeps them. */
export interface Medians {
  wall: Partial<Record<Variant, number>>;
  rssMb: Partial<Record<Variant, number>>;
  stages: [string, number][];
}

export function mediansOf(results: Record<Variant, Run[]>, stages: [string, number][]): Medians {
  const measured = (Object.keys(results) as Variant[]).filter((name) => results[name].length);
  const of = (key: 'wall' | 'rssMb') => Object.fromEntries(measured.map((name) => [name, median(results[name].map((r) => r[key]))]));
  return { wall: of('wall'), rssMb: of('rssMb'), stages };
}

// Long because it is one table: a row per variant, then the ratios against each target, then the stages.
export function benchTable({ pages, runs, results, figures, stages, devMs }: TableInput): string {
  const med = (name: Variant, key: 'wall' | 'cpu' | 'rssMb') => median(results[name].map((r) => r[key]));
  const measured = (Object.keys(labels) as Variant[]).filter((name) => results[name].length);
  const row = (name: Variant) => {
    const f = figures[name];
    return `| ${labels[name]} | ${med(name, 'wall').toFixed(1)} s | ${med(name, 'cpu').toFixed(1)} s | ${med(name, 'rssMb').toFixed(0)} MB | ${((med(name, 'wall') * 1000) / Math.max(1, f.htmlPages)).toFixed(1)} | ${f.htmlPages} | ${f.outputMb.toFixed(1)} MB | ${f.medianHtmlKb.toFixed(1)} KB | ${f.contentPageJsBytes} B | ${f.pagefindMb.toFixed(1)} MB |`;
  };
  const ratio = (a: Variant, b: Variant, key: 'wall' | 'rssMb', target: number, what: string) =>
    results[b].length ? `${what} **${(med(a, key) / med(b, key)).toFixed(2)}** (target ≤ ${target})` : undefined;
  const ratios = [
    ratio('public', 'floor', 'wall', 0.8, 'public wall / floor'),
    ratio('public', 'starlight', 'wall', 0.5, 'public wall / Starlight'),
    ratio('all', 'floor', 'wall', 1.4, 'both editions wall / floor'),
    ratio('public', 'floor', 'rssMb', 1.5, 'public peak memory (all processes) / floor'),
  ].filter(Boolean);
  const html = `HTML per content page ${figures.public.medianHtmlKb.toFixed(1)} KB (target ≤ 20), JavaScript on a content page ${figures.public.contentPageJsBytes} B (target 0).`;
  const dev = devMs
    ? ` Dev server: an edited MDX body showed in **${devMs.median} ms** (median of 5 edits, slowest ${devMs.max} ms; target < 300), a new entry in ${devMs.newEntry} ms without a restart.`
    : '';
  const total = stages.reduce((sum, [, s]) => sum + s, 0);
  return [
    `Synthetic binder of ${pages} entries (${pages * 2} entry pages in two languages), ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'cpu'}), ${(os.totalmem() / 1073741824).toFixed(0)} GiB, Node ${process.version}, BINDER_JOBS ${process.env['BINDER_JOBS'] || 'default'}; medians of ${runs} alternating runs; peak memory is the sum over all of a build's processes.`,
    '',
    '| build | wall | CPU | peak memory | ms / page | HTML pages | output | median HTML per content page | JS on a content page | Pagefind index |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...measured.map(row),
    '',
    `Ratios: ${ratios.join(', ')}. ${html}${dev}`,
    '',
    `Where the public build's time goes: ${stages.map(([stage, s]) => `${stage} ${s.toFixed(1)} s (${((s / total) * 100).toFixed(0)} %)`).join(' · ')}.`,
  ].join('\n');
}

/** How cost grows over the sizes measured so far (each from its own run of the benchmark). */
export function growthTable(bySize: Record<string, Medians>): string {
  const sizes = Object.keys(bySize)
    .map(Number)
    .sort((a, b) => a - b);
  const cell = (n: number, name: Variant) => {
    const wall = bySize[n]!.wall[name];
    return wall === undefined ? '–' : `${wall.toFixed(1)} s (${((wall * 1000) / n).toFixed(1)} ms / entry)`;
  };
  const stage = (n: number) => bySize[n]!.stages.map(([name, s]) => `${name} ${s.toFixed(1)}`).join(' · ') || '–';
  return [
    '| entries | Binder public | Binder both editions | floor | Starlight | public stages (s) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...sizes.map(
      (n) => `| ${n} | ${cell(n, 'public')} | ${cell(n, 'all')} | ${cell(n, 'floor')} | ${cell(n, 'starlight')} | ${stage(n)} |`,
    ),
  ].join('\n');
}

/** Writes `text` between README.md's `<!-- bench:NAME:start -->` and `<!-- bench:NAME:end -->`; false when there are none. */
export function writeIntoReadme(readme: string, name: string | number, text: string): boolean {
  const content = fs.readFileSync(readme, 'utf8');
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  if (!content.includes(start) || !content.includes(end)) return false;
  fs.writeFileSync(readme, `${content.slice(0, content.indexOf(start) + start.length)}\n${text}\n${content.slice(content.indexOf(end))}`);
  return true;
}

const dataPattern = /<!-- bench-data (\{.*\}) -->/;

/** The medians earlier runs left in the README's growth section (a comment a reader does not see). */
export function readGrowthData(readme: string): Record<string, Medians> {
  const match = fs.existsSync(readme) ? dataPattern.exec(fs.readFileSync(readme, 'utf8')) : null;
  return match ? (JSON.parse(match[1]!) as Record<string, Medians>) : {};
}

/** The growth section as written into the README: the table, and the data it came from. */
export function growthSection(bySize: Record<string, Medians>): string {
  return `${growthTable(bySize)}\n\n<!-- bench-data ${JSON.stringify(bySize)} -->`;
}
