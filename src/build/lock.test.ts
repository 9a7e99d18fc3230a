/**
 * The build lock lets one build of a checkout run at a time: builds started together take turns,
 * a lock left by a dead build is recovered by exactly one waiter, and a lock without a pid (an
 * older Binder killed mid-way) is waited on only for a few seconds, never forever. Real processes
 * contend for it, since the lock exists for builds in separate processes.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withLock } from './lock.ts';
import { tempDir } from '../../tests/temp.ts';

const lockModule = path.resolve(import.meta.dirname, './lock.ts');

/** A program that takes the lock, logs when it enters and leaves, and holds it for a while. */
function writeHolder(dir: string): string {
  const file = path.join(dir, 'holder.ts');
  fs.writeFileSync(
    file,
    `import fs from 'node:fs';
import { withLock } from ${JSON.stringify(lockModule)};
const [lockDir, log, holdMs] = process.argv.slice(2);
await withLock(lockDir, async () => {
  fs.appendFileSync(log, 'in ' + process.pid + '\\n');
  await new Promise((resolve) => setTimeout(resolve, Number(holdMs)));
  fs.appendFileSync(log, 'out ' + process.pid + '\\n');
}, undefined, { pollMs: 10 });
`,
  );
  return file;
}

function runHolders(count: number, lockDir: string, log: string, holdMs = 60): Promise<number[]> {
  const holder = writeHolder(path.dirname(log));
  return Promise.all(
    Array.from({ length: count }, () => {
      const child = spawn(process.execPath, [holder, lockDir, log, String(holdMs)], { stdio: 'inherit' });
      return new Promise<number>((resolve) => child.on('exit', (status) => resolve(status ?? -1)));
    }),
  );
}

/** Each holder's "in" is followed by its own "out" before anyone else's "in". */
function expectTurns(log: string, count: number): void {
  const lines = fs.readFileSync(log, 'utf8').trim().split('\n');
  expect(lines).toHaveLength(count * 2);
  for (let i = 0; i < lines.length; i += 2) {
    const pid = lines[i]!.split(' ')[1];
    expect([lines[i], lines[i + 1]]).toEqual([`in ${pid}`, `out ${pid}`]);
  }
}

function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', '']);
  return child.pid;
}

const leftovers = (dir: string, kind: string) => fs.readdirSync(dir).filter((name) => name.includes(`.${kind}-`));

describe('the build lock', () => {
  it('lets builds started at the same moment run one after the other', async () => {
    const dir = tempDir('lock');
    const lockDir = path.join(dir, 'build.lock');
    expect(await runHolders(5, lockDir, path.join(dir, 'log'))).toEqual([0, 0, 0, 0, 0]);
    expectTurns(path.join(dir, 'log'), 5);
    expect(fs.existsSync(lockDir)).toBe(false);
    expect(leftovers(dir, 'new')).toEqual([]);
  });

  it('recovers a lock whose owner died exactly once, however many builds were waiting', async () => {
    const dir = tempDir('lock');
    const lockDir = path.join(dir, 'build.lock');
    fs.mkdirSync(lockDir);
    fs.writeFileSync(path.join(lockDir, 'pid'), `${deadPid()} token-of-the-dead-build`);
    expect(await runHolders(4, lockDir, path.join(dir, 'log'))).toEqual([0, 0, 0, 0]);
    expectTurns(path.join(dir, 'log'), 4);
    // One tombstone: only one waiter moved the dead build's lock aside.
    expect(leftovers(dir, 'stale')).toEqual(['build.lock.stale-token-of-the-dead-build']);
  });

  it('recovers a lock left by a build killed while it held it', async () => {
    const dir = tempDir('lock');
    const lockDir = path.join(dir, 'build.lock');
    const log = path.join(dir, 'log');
    const victim = spawn(process.execPath, [writeHolder(dir), lockDir, log, '60000'], { stdio: 'inherit' });
    while (!fs.existsSync(log)) await new Promise((resolve) => setTimeout(resolve, 20));
    victim.kill('SIGKILL');
    await new Promise((resolve) => victim.on('exit', resolve));
    expect(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8')).toMatch(new RegExp(`^${victim.pid} `));
    fs.rmSync(log);
    expect(await runHolders(2, lockDir, log)).toEqual([0, 0]);
    expectTurns(log, 2);
  });

  it('waits for a lock without a pid only until it is a few seconds old', async () => {
    const dir = tempDir('lock');
    const lockDir = path.join(dir, 'build.lock');
    fs.mkdirSync(lockDir);
    let waited = false;
    const started = Date.now();
    const ran = await withLock(
      lockDir,
      () => Promise.resolve('ran'),
      () => (waited = true),
      { ownerlessStaleMs: 400, pollMs: 20 },
    );
    expect(ran).toBe('ran');
    expect(waited).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(350);
  });

  it('takes an old lock without a pid at once', async () => {
    const dir = tempDir('lock');
    const lockDir = path.join(dir, 'build.lock');
    fs.mkdirSync(lockDir);
    const old = new Date(Date.now() - 60_000);
    fs.utimesSync(lockDir, old, old);
    let waited = false;
    expect(
      await withLock(
        lockDir,
        () => Promise.resolve('ran'),
        () => (waited = true),
      ),
    ).toBe('ran');
    expect(waited).toBe(false);
  });

  it('never takes a lock whose owner is alive', async () => {
    const dir = tempDir('lock');
    const lockDir = path.join(dir, 'build.lock');
    fs.mkdirSync(lockDir);
    fs.writeFileSync(path.join(lockDir, 'pid'), `${process.pid} ours`);
    let ran = false;
    const attempt = withLock(lockDir, () => Promise.resolve((ran = true)), undefined, { pollMs: 10 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(ran).toBe(false);
    fs.rmSync(lockDir, { recursive: true });
    await attempt;
    expect(ran).toBe(true);
  });

  it('releases the lock when the work fails', async () => {
    const dir = tempDir('lock');
    const lockDir = path.join(dir, 'build.lock');
    await expect(withLock(lockDir, async () => Promise.reject(new Error('astro failed')))).rejects.toThrow('astro failed');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
