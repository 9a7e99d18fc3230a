/**
 * The sharded Astro stage (issue 15, src/build/shard-runner.ts): the canary binder built in one
 * process (BINDER_JOBS=1), in two shards (one per language: passes in the shards) and in three
 * (English spread over two shards: passes on the merged tree) gives the same files, byte for byte,
 * Pagefind's index included; a failing shard leaves the previous output as it was, reports its
 * error once, and leaves no shard directory behind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, fingerprint, projectRoot, runScript, tempWorkdir } from './helpers.ts';

const canary = path.join(projectRoot, 'tests/fixtures/canary/content');
const trees = new Map<number, Map<string, string>>();
const workdirs = new Map<number, string>();

beforeAll(() => {
  for (const jobs of [1, 2, 3]) {
    const workdir = tempWorkdir(`shards-${jobs}`);
    const result = build({ content: canary, workdir, env: { BINDER_JOBS: String(jobs) } });
    if (result.status !== 0) throw new Error(`BINDER_JOBS=${jobs}: the canary binder does not build: ${result.stderr}`);
    workdirs.set(jobs, workdir);
    trees.set(jobs, fingerprint(path.join(workdir, 'dist')));
  }
}, 600_000);

describe('a sharded build', () => {
  it('writes the same files as one process, byte for byte', () => {
    const single = trees.get(1)!;
    expect(single.size).toBeGreaterThan(50);
    for (const jobs of [2, 3]) {
      const sharded = trees.get(jobs)!;
      expect([...sharded.keys()].sort(), `BINDER_JOBS=${jobs}: the same paths`).toEqual([...single.keys()].sort());
      const differing = [...single.keys()].filter((file) => sharded.get(file) !== single.get(file));
      expect(differing, `BINDER_JOBS=${jobs}: files whose bytes differ`).toEqual([]);
    }
  });

  it('leaves no shard output or staging behind', () => {
    for (const jobs of [2, 3]) {
      const work = path.join(workdirs.get(jobs)!, '.binder', 'public');
      expect(fs.readdirSync(work).filter((name) => /staging/.test(name))).toEqual([]);
    }
  });

  it('fails once, cleanly, and keeps the previous output when a shard fails', () => {
    // The corrupt image is shown in the internal edition only (the public one withholds it).
    const workdir = tempWorkdir('shards-fail');
    const env = { BINDER_JOBS: '2' };
    expect(build({ content: canary, workdir, edition: 'internal', env }).status).toBe(0);
    const before = fingerprint(path.join(workdir, 'dist-internal'));
    const content = path.join(tempWorkdir('shards-bad'), 'content');
    fs.cpSync(canary, content, { recursive: true });
    fs.cpSync(path.join(projectRoot, 'tests/fixtures/bad/corrupt-image/overlay'), content, { recursive: true });
    const result = build({ content, workdir, edition: 'internal', env });
    expect(result.status).toBe(1);
    expect(result.stderr.split('Could not process image metadata').length - 1).toBe(1);
    expect(result.stderr).toMatch(/was not changed/);
    expect(result.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(fingerprint(path.join(workdir, 'dist-internal'))).toEqual(before);
    expect(fs.readdirSync(path.join(workdir, '.binder', 'internal')).filter((name) => /staging/.test(name))).toEqual([]);
  });

  it('stops the shards it forked before the redact pass when the pass fails, and reports once', () => {
    // The shards are forked before the pass (they load Astro meanwhile) and must never build.
    const workdir = workdirs.get(2)!;
    const before = fingerprint(path.join(workdir, 'dist'));
    const content = path.join(tempWorkdir('shards-pass'), 'content');
    fs.cpSync(canary, content, { recursive: true });
    fs.cpSync(path.join(projectRoot, 'tests/fixtures/bad/broken-reference/overlay'), content, { recursive: true });
    const started = Date.now();
    const result = build({ content, workdir, env: { BINDER_JOBS: '2' } });
    expect(result.status).toBe(1);
    expect(result.stderr.split('forums/alpha.yaml:9').length - 1).toBe(1);
    expect(result.stderr.split('did you mean "gamma"').length - 1).toBe(1);
    expect(result.stderr).toMatch(/was not changed/);
    expect(result.stderr).not.toMatch(/of the Astro stage|Astro could not/);
    expect(fingerprint(path.join(workdir, 'dist'))).toEqual(before);
    const work = path.join(workdir, '.binder', 'public');
    expect(fs.readdirSync(work).filter((name) => /staging/.test(name))).toEqual([]);
    // Stopped at once: nowhere near an Astro build's time.
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('removes the previous output it set aside, and what an interrupted build left', () => {
    const workdir = workdirs.get(1)!;
    fs.mkdirSync(path.join(workdir, 'dist.old-1', 'en'), { recursive: true });
    expect(build({ content: canary, workdir, env: { BINDER_JOBS: '1' } }).status).toBe(0);
    expect(fs.readdirSync(workdir).filter((name) => name.startsWith('dist'))).toEqual(['dist']);
    expect(fingerprint(path.join(workdir, 'dist'))).toEqual(trees.get(1));
  });

  it('npm run build:all builds both editions at once, with one report', () => {
    const workdir = tempWorkdir('shards-all');
    const result = runScript('build-all.ts', { content: canary, workdir });
    expect(result.stderr).not.toMatch(/Build failed/);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('✓ public edition in');
    expect(result.stdout).toContain('✓ internal edition in');
    expect(result.stdout.trim().split('\n').at(-1)).toMatch(
      /^✓ both editions in \d+\.\d s \(public \d+\.\d s, internal \d+\.\d s, built at once\)$/,
    );
    expect(fingerprint(path.join(workdir, 'dist'))).toEqual(trees.get(1));
    expect(fs.existsSync(path.join(workdir, 'dist-internal', 'en', 'index.html'))).toBe(true);
  });

  it('refuses a BINDER_JOBS that is not a whole number', () => {
    const result = build({ content: canary, workdir: tempWorkdir('shards-jobs'), env: { BINDER_JOBS: 'two' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('BINDER_JOBS is a whole number of at least 1, not "two"');
  });
});
