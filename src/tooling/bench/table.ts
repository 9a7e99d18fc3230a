/** The benchmark's table (medians and the ratios Binder / floor), and its place in README.md. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median, outputFigures, type OutputFigures, type Run } from './measure.ts';
import type { Variant } from './variants.ts';

const contentPage = (file: string) =>
  /^(en|fr)\/(forums|organizations|organisations|funding|financement|notes)\/[^/]+\/index\.html$/.test(file);
const floorContentPage = (file: string) => /^(forums|stakeholders|funding-programs|notes)\//.test(file);

/** Sizes of each variant's output, read from the benchmark's folder. */
export function figuresOf(work: string): Record<Variant, OutputFigures> {
  return {
    public: outputFigures(path.join(work, 'binder/dist'), contentPage),
    internal: outputFigures(path.join(work, 'binder/dist-internal'), contentPage),
    floor: outputFigures(path.join(work, 'floor/dist'), floorContentPage),
  };
}

export interface TableInput {
  pages: number;
  runs: number;
  results: Record<Variant, Run[]>;
  figures: Record<Variant, OutputFigures>;
  devMs?: { median: number; max: number } | undefined;
}

export function benchTable({ pages, runs, results, figures, devMs }: TableInput): string {
  const med = (name: Variant, key: 'wall' | 'cpu' | 'rssMb') => median(results[name].map((r) => r[key]));
  const row = (label: string, name: Variant) => {
    const f = figures[name];
    return `| ${label} | ${med(name, 'wall').toFixed(1)} s | ${med(name, 'cpu').toFixed(1)} s | ${med(name, 'rssMb').toFixed(0)} MB | ${((med(name, 'wall') * 1000) / f.htmlPages).toFixed(1)} | ${f.htmlPages} | ${f.outputMb.toFixed(1)} MB | ${f.medianHtmlKb.toFixed(1)} KB | ${f.contentPageJsBytes} B | ${f.pagefindMb.toFixed(1)} MB |`;
  };
  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  const dev = devMs
    ? ` Dev server: an edited MDX file showed in **${devMs.median} ms** (median of 5 edits, slowest ${devMs.max} ms; target < 1000).`
    : '';
  return [
    `Synthetic binder of ${pages} entries (${pages * 2} entry pages in two languages), ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'cpu'}), ${(os.totalmem() / 1073741824).toFixed(0)} GiB, Node ${process.version}; medians of ${runs} alternating runs.`,
    '',
    '| build | wall | CPU | peak RSS | ms / page | HTML pages | output | median HTML per content page | JS on a content page | Pagefind index |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    row('Binder, public edition (`npm run build`)', 'public'),
    row('Binder, internal edition', 'internal'),
    row('floor: bare Astro + MDX + Pagefind', 'floor'),
    '',
    `Ratios Binder / floor: public wall **${ratio(med('public', 'wall'), med('floor', 'wall'))}** (target ≤ 1.25), both editions wall **${ratio(med('public', 'wall') + med('internal', 'wall'), med('floor', 'wall'))}** (target ≤ 2.3), public peak RSS **${ratio(med('public', 'rssMb'), med('floor', 'rssMb'))}** (target ≤ 1.2).${dev}`,
  ].join('\n');
}

/** Writes the table between README.md's `<!-- bench:N:start -->` and `<!-- bench:N:end -->`; false when there are none. */
export function writeIntoReadme(readme: string, pages: number, table: string): boolean {
  const text = fs.readFileSync(readme, 'utf8');
  const start = `<!-- bench:${pages}:start -->`;
  const end = `<!-- bench:${pages}:end -->`;
  if (!text.includes(start)) return false;
  fs.writeFileSync(readme, `${text.slice(0, text.indexOf(start) + start.length)}\n${table}\n${text.slice(text.indexOf(end))}`);
  return true;
}
