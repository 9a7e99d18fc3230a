/**
 * A lock held by one build at a time in a checkout. Astro keeps generated modules (the map of
 * content modules) in the project's .astro/ folder whatever the output directory, so two builds
 * running at once in one checkout (two editions, or parallel tests) would overwrite each other's
 * map; with the lock they run one after the other.
 *
 * The lock is a directory holding a file `pid`: the owner's pid and a token no other lock has.
 * It is taken in one step: the file is written into a directory of our own beside the lock,
 * which is then renamed onto the lock's path (the rename fails when the path is taken), so no
 * lock ever exists without its owner. A lock whose owner died (or one without a pid, left by an older
 * Binder, that has sat for a few seconds) is moved aside to a tombstone named after that lock:
 * of several waiters that saw the same stale lock, only one rename succeeds (the tombstone is
 * kept a while, so a late rename onto its name fails), and the others try again.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface LockOptions {
  /** How long a lock without an owner may sit before it counts as left by a dead process. */
  ownerlessStaleMs?: number;
  /** How often a waiting build looks again. */
  pollMs?: number;
}

/** How long tombstones are kept: far longer than any waiter's look-then-rename. */
const tombstoneMs = 60_000;
/** The codes a rename gives when its target is taken (ENOTEMPTY on Linux; EPERM on Windows). */
const taken = new Set(['EEXIST', 'ENOTEMPTY', 'EPERM', 'EACCES']);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function code(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? '';
}

/** A path beside the lock that no other process will choose. */
function besideLock(lockDir: string, kind: string): string {
  return `${lockDir}.${kind}-${process.pid}-${randomUUID()}`;
}

/** The owner file's text, '' when the lock has none, undefined when there is no lock. */
function readOwner(dir: string): string | undefined {
  try {
    return fs.readFileSync(path.join(dir, 'pid'), 'utf8');
  } catch (error) {
    if (code(error) !== 'ENOENT' && code(error) !== 'ENOTDIR') throw error;
    return fs.existsSync(dir) ? '' : undefined;
  }
}

/** Takes the lock if it is free; false when another process holds it. */
export function tryAcquire(lockDir: string): boolean {
  // Linux lets a rename replace an EMPTY directory: an ownerless lock must not be taken that way.
  if (fs.existsSync(lockDir)) return false;
  const mine = besideLock(lockDir, 'new');
  fs.mkdirSync(mine);
  fs.writeFileSync(path.join(mine, 'pid'), `${process.pid} ${randomUUID()}`);
  try {
    fs.renameSync(mine, lockDir);
    return true;
  } catch (error) {
    fs.rmSync(mine, { recursive: true, force: true });
    if (taken.has(code(error))) return false;
    throw error;
  }
}

/** What identifies the lock now at lockDir if its owner is gone; undefined if held or absent. */
function staleLock(lockDir: string, ownerlessStaleMs: number): { owner: string; name: string } | undefined {
  const owner = readOwner(lockDir);
  if (owner === undefined) return undefined;
  const [pid, token] = owner.split(' ');
  if (Number(pid) > 0) return alive(Number(pid)) ? undefined : { owner, name: token || `pid-${pid}` };
  let stat;
  try {
    stat = fs.statSync(lockDir);
  } catch {
    return undefined; // Released or recovered since we looked.
  }
  return Date.now() - stat.mtimeMs > ownerlessStaleMs ? { owner, name: `ino-${stat.ino}` } : undefined;
}

/**
 * Moves a stale lock aside; true when this process did. Should the rename have caught a newer
 * lock instead (the stale one recovered and the lock retaken between our look and our rename),
 * that lock is put back at once.
 */
export function recoverStale(lockDir: string, ownerlessStaleMs = 5000): boolean {
  const stale = staleLock(lockDir, ownerlessStaleMs);
  if (!stale) return false;
  const tombstone = `${lockDir}.stale-${stale.name}`;
  try {
    fs.renameSync(lockDir, tombstone);
  } catch (error) {
    if (code(error) === 'ENOENT' || taken.has(code(error))) return false;
    throw error;
  }
  if (readOwner(tombstone) !== stale.owner) {
    fs.renameSync(tombstone, lockDir);
    return false;
  }
  sweepTombstones(lockDir);
  return true;
}

/** Removes tombstones old enough that no waiter can still be about to rename onto them. */
function sweepTombstones(lockDir: string): void {
  const dir = path.dirname(lockDir);
  const prefix = `${path.basename(lockDir)}.stale-`;
  for (const name of fs.readdirSync(dir)) {
    if (!name.startsWith(prefix)) continue;
    const stat = fs.statSync(path.join(dir, name), { throwIfNoEntry: false });
    // A rename keeps a directory's mtime, so the age is read from ctime (changed by the rename).
    if (stat && Date.now() - stat.ctimeMs > tombstoneMs) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
  }
}

/** Gives the lock up: moved aside first, so a waiter taking the freed path is never deleted. */
function release(lockDir: string): void {
  const gone = besideLock(lockDir, 'released');
  try {
    fs.renameSync(lockDir, gone);
  } catch (error) {
    if (code(error) === 'ENOENT') return;
    throw error;
  }
  fs.rmSync(gone, { recursive: true, force: true });
}

export async function withLock<T>(lockDir: string, work: () => Promise<T>, onWait?: () => void, options: LockOptions = {}): Promise<T> {
  fs.mkdirSync(path.dirname(lockDir), { recursive: true });
  let waited = false;
  while (!tryAcquire(lockDir)) {
    if (recoverStale(lockDir, options.ownerlessStaleMs)) continue;
    if (!waited) onWait?.();
    waited = true;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 200));
  }
  try {
    return await work();
  } finally {
    release(lockDir);
  }
}
