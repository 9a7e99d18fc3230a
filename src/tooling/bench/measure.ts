/**
 * Measurements for the benchmark: wall and CPU time from the operating system (GNU time's `-v`
 * report, which counts every process the build waited for), peak memory as the sum of the resident
 * sets of the build's whole process tree (sampled from /proc: a sharded build is several Astro
 * processes at once, and the largest alone would flatter it), and sizes read from the output tree.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface Run {
  wall: number;
  cpu: number;
  /** Peak of the summed resident set sizes of all the run's processes, in MB. */
  rssMb: number;
  status: number | null;
  log: string;
}

const pageSize = 4096;

/** The resident set of `pid` and all its descendants, in bytes, read from /proc (0 where there is none). */
export function treeRss(pid: number, proc = '/proc'): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of fs.existsSync(proc) ? fs.readdirSync(proc) : []) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = fs.readFileSync(path.join(proc, name, 'stat'), 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const resident = Number(fs.readFileSync(path.join(proc, name, 'statm'), 'utf8').split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
      rss.set(Number(name), resident * pageSize);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const queue = [pid];
  while (queue.length) {
    const next = queue.pop()!;
    total += rss.get(next) ?? 0;
    queue.push(...(children.get(next) ?? []));
  }
  return total;
}

/** Runs a command under /usr/bin/time -v, sampling its process tree's memory, and reads the report. */
export function timed(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Run> {
  const child = spawn('/usr/bin/time', ['-v', command, ...args], { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let report = '';
  child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => void (report += chunk.toString()));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, child.pid ? treeRss(child.pid) : 0)), 200);
  return new Promise((resolve) => {
    child.on('close', (status) => {
      clearInterval(sampler);
      const field = (name: string) => new RegExp(`${name}: (.+)`).exec(report)?.[1]?.trim() ?? '';
      const clock = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)').split(':').map(Number);
      const largest = Number(field('Maximum resident set size \\(kbytes\\)')) * 1024;
      resolve({
        wall: clock.reduce((total, part) => total * 60 + part, 0),
        cpu: Number(field('User time \\(seconds\\)')) + Number(field('System time \\(seconds\\)')),
        // A build shorter than a sample still has its largest process, as GNU time saw it.
        rssMb: Math.max(peak, largest) / 1048576,
        status,
        log: `${stdout}\n${report}`,
      });
    });
  });
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
  if (!fs.existsSync(dir)) return { htmlPages: 0, outputMb: 0, medianHtmlKb: 0, contentPageJsBytes: 0, pagefindMb: 0 };
  const files = fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'));
  const content = files.filter(isContentPage);
  const sizes = content.map((f) => fs.statSync(path.join(dir, f)).size / 1024);
  const sample = content[Math.floor(content.length / 2)];
  return {
    htmlPages: files.length,
    outputMb: sizeOf(dir) / 1048576,
    medianHtmlKb: sizes.length ? median(sizes) : 0,
    contentPageJsBytes: sample ? pageJsBytes(dir, sample) : 0,
    pagefindMb: sizeOf(path.join(dir, 'pagefind')) / 1048576,
  };
}

/** The JavaScript a page loads: inline scripts and the files its scripts name (module imports not followed). */
function pageJsBytes(dir: string, page: string): number {
  const html = fs.readFileSync(path.join(dir, page), 'utf8');
  let js = 0;
  for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type="application\/(ld\+)?json"/.test(script[1]!)) continue;
    const src = /src="([^"]+)"/.exec(script[1]!)?.[1];
    const file = src && path.join(dir, src.replace(/^\//, ''));
    js += file ? (fs.existsSync(file) ? fs.statSync(file).size : 0) : Buffer.byteLength(script[2]!);
  }
  return js;
}
