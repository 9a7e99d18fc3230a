/**
 * The pipeline as a function, imported and run in this process (not through scripts/build.ts):
 * it builds the canary binder into a temporary workdir and returns its summary, and a broken
 * source makes it throw a BuildFailure whose lines name the file and line, with the previous
 * output left as it was and no staging directory. Astro and the edition module read
 * process-wide state (the working directory, BINDER_*), so this file sets it for its own worker
 * process and restores it after.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEdition, BuildFailure, stageTimer, type BuildSummary } from '../../src/build/pipeline.ts';
import { failureLines, summaryLines } from '../../src/build/build-log.ts';
import type { Log } from '../../src/build/report.ts';
import { build, fingerprint, projectRoot, tempWorkdir } from './helpers.ts';

const canary = path.join(projectRoot, 'tests/fixtures/canary/content');
const workdir = tempWorkdir('pipeline');
const content = path.join(tempWorkdir('pipeline-content'), 'content');
// Vite reads NODE_ENV and the import.meta.env mirrors Vitest sets: a build runs as a user runs it.
const env = {
  BINDER_CONTENT: content,
  BINDER_WORKDIR: workdir,
  BINDER_EDITION: 'public',
  NO_COLOR: '1',
  NODE_ENV: undefined,
  TEST: undefined,
  BASE_URL: undefined,
  MODE: undefined,
  DEV: undefined,
  PROD: undefined,
  SSR: undefined,
};
const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));

function setEnv(values: Record<string, string | undefined>): void {
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
}

function capture(): Log & { out: (line: string) => void; lines: { out: string[]; err: string[] } } {
  const lines = { out: [] as string[], err: [] as string[] };
  return { lines, out: (line) => lines.out.push(line), err: (line) => lines.err.push(line) };
}

let summary: BuildSummary;
const log = capture();

beforeAll(async () => {
  fs.cpSync(canary, content, { recursive: true });
  setEnv(env);
  summary = await buildEdition({ root: projectRoot, edition: 'public', log });
});

afterAll(() => setEnv(saved));

describe('buildEdition', () => {
  it('builds the public edition into the workdir and returns what it did', () => {
    expect(summary.edition).toBe('public');
    expect(summary.outDir).toBe(path.join(workdir, 'dist'));
    expect(fs.existsSync(path.join(workdir, 'dist/en/index.html'))).toBe(true);
    expect(fs.existsSync(path.join(workdir, '.binder/public/staging'))).toBe(false);
    expect(summary.pages.en).toBeGreaterThan(5);
    expect(summary.pages.fr).toBe(summary.pages.en);
    // The canary binder withholds three entries whole: a note, a QP note and a person.
    expect(summary.withheld).toBe(3);
    expect(summary.passages).toBeGreaterThan(0);
    expect(summary.search.languages).toEqual(['en', 'fr']);
    expect(summary.audit?.hits).toEqual([]);
    expect(summary.stages.map(([name]) => name)).toEqual(['check and redact', 'astro', 'search index', 'audit']);
  });

  it('writes byte for byte what npm run build writes from the same sources', () => {
    const other = tempWorkdir('pipeline-script');
    const result = build({ content, workdir: other });
    expect(result.status, result.stderr).toBe(0);
    expect(fingerprint(path.join(other, 'dist'))).toEqual(fingerprint(path.join(workdir, 'dist')));
  });

  it('logs its start through the log it is given, and nothing on stderr', () => {
    // Other builds of this checkout (tests in parallel) may hold the lock for a while.
    const waiting = '  waiting for another build of this checkout to finish…';
    expect(log.lines.out.filter((line) => line !== waiting)).toEqual(['Binder: building the public edition']);
    expect(log.lines.err).toEqual([]);
  });

  it('summarises as npm run build prints it', () => {
    const lines = summaryLines(summary, projectRoot);
    expect(lines[0]).toMatch(new RegExp(`^✓ public edition in ${workdir}/dist/ \\(\\d+\\.\\d s\\)$`));
    expect(lines[1]).toBe(`  pages        ${summary.pages.en} English, ${summary.pages.fr} French, ${summary.pages.other} other`);
    expect(lines[3]).toBe('  withheld     3 entries left out');
    expect(lines.at(-1)).toMatch(/^ {2}time {9}check and redact \d+\.\d s · astro \d+\.\d s · search index \d+\.\d s · audit \d+\.\d s$/);
  });

  it('throws a BuildFailure on a broken source, naming the file and line, and leaves the output as it was', async () => {
    const before = fingerprint(path.join(workdir, 'dist'));
    fs.cpSync(path.join(projectRoot, 'tests/fixtures/bad/unknown-marker/overlay'), content, { recursive: true });
    const failure = await buildEdition({ root: projectRoot, log: capture() }).then(
      () => undefined,
      (error: unknown) => error,
    );
    fs.cpSync(canary, content, { recursive: true });
    expect(failure).toBeInstanceOf(BuildFailure);
    const { reason, lines, outDir } = failure as BuildFailure;
    expect(reason).toBe('sources');
    expect(outDir).toBe(path.join(workdir, 'dist'));
    expect(lines.join('\n')).toMatch(/forums\/alpha\.en\.mdx:\d+:\d+ {2}error {2}unknown-marker {2}/);
    expect(failureLines(failure as BuildFailure, projectRoot).slice(-2)).toEqual([
      'Build failed. Fix the problems above and build again.',
      `${workdir}/dist/ was not changed.`,
    ]);
    expect(fingerprint(path.join(workdir, 'dist'))).toEqual(before);
    expect(fs.existsSync(path.join(workdir, '.binder/public/staging'))).toBe(false);
  });

  it('refuses an edition other than the one BINDER_EDITION selects, and a root that is not the working directory', async () => {
    await expect(buildEdition({ root: projectRoot, edition: 'internal', log: capture() })).rejects.toThrow('BINDER_EDITION selects public');
    await expect(buildEdition({ root: workdir, log: capture() })).rejects.toThrow("Astro's config reads the working directory");
  });
});

describe('stageTimer', () => {
  it('times each stage from the end of the one before', () => {
    const clock = [0, 100, 350, 400];
    const timer = stageTimer(() => clock.shift()!);
    timer.done('a');
    timer.done('b');
    timer.done('c');
    expect(timer.stages).toEqual([
      ['a', 100],
      ['b', 250],
      ['c', 50],
    ]);
  });
});
