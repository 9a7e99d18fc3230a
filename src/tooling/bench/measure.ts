/**
 * Measurements for the benchmark: timings and peak memory from the operating system
 * (GNU time's `-v` report), and sizes read from the output tree.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface Run {
  wall: number;
  cpu: number;
  /** Peak resident set size of the largest process of the run, in MB. */
  rssMb: number;
  status: number | null;
  log: string;
}

/** Runs a command under /usr/bin/time -v and reads its report. */
export function timed(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Run {
  const result = spawnSync('/usr/bin/time', ['-v', command, ...args], {
    cwd: options.cwd,
    env: options.env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const report = result.stderr;
  const field = (name: string) => new RegExp(`${name}: (.+)`).exec(report)?.[1]?.trim() ?? '';
  const clock = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)').split(':').map(Number);
  const wall = clock.reduce((total, part) => total * 60 + part, 0);
  return {
    wall,
    cpu: Number(field('User time \\(seconds\\)')) + Number(field('System time \\(seconds\\)')),
    rssMb: Number(field('Maximum resident set size \\(kbytes\\)')) / 1024,
    status: result.status,
    log: `${result.stdout}\n${report}`,
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function sizeOf(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .reduce((total, d) => total + fs.statSync(path.join(d.parentPath, d.name)).size, 0);
}

export interface OutputFigures {
  htmlPages: number;
  outputMb: number;
  medianHtmlKb: number;
  /** Bytes of JavaScript a content page loads (its own scripts and their files). */
  contentPageJsBytes: number;
  pagefindMb: number;
}

/** Figures of a built site; `isContentPage` picks the pages that show one entry's content. */
export function outputFigures(dir: string, isContentPage: (file: string) => boolean): OutputFigures {
  const files = fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'));
  const content = files.filter(isContentPage);
  const sizes = content.map((f) => fs.statSync(path.join(dir, f)).size / 1024);
  let js = 0;
  const sample = content[Math.floor(content.length / 2)];
  if (sample) {
    const html = fs.readFileSync(path.join(dir, sample), 'utf8');
    for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      const src = /src="([^"]+)"/.exec(script[1]!)?.[1];
      js += src ? (fs.existsSync(path.join(dir, src)) ? fs.statSync(path.join(dir, src)).size : 0) : Buffer.byteLength(script[2]!);
    }
  }
  return {
    htmlPages: files.length,
    outputMb: sizeOf(dir) / 1048576,
    medianHtmlKb: sizes.length ? median(sizes) : 0,
    contentPageJsBytes: js,
    pagefindMb: sizeOf(path.join(dir, 'pagefind')) / 1048576,
  };
}
