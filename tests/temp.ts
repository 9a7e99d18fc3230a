/**
 * Temporary directories for tests, removed when the test file that made them ends: a test run
 * leaves nothing in the system's temporary folder (a CI runner's disk does not fill up).
 *
 * Importing this module registers one `afterAll` on the importing test file (Vitest evaluates
 * modules afresh for each test file), which removes every directory the file made, after the
 * file's own hooks (a server a suite stops, a browser it closes) have run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const made = new Set<string>();

afterAll(removeTempDirs);

/** Removes every directory made so far (retrying a while, for a child process that is still exiting). */
export function removeTempDirs(): void {
  for (const dir of made) {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    made.delete(dir);
  }
}

/** A new empty directory `binder-<name>-XXXXXX` under the system's temporary folder, removed when the test file ends. */
export function tempDir(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `binder-${name}-`));
  made.add(dir);
  return dir;
}

/**
 * A temporary tree of files (path in the tree, with `/` → text or bytes), removed when the test
 * file ends; with `from`, a copy of that folder with these files written over it.
 */
export function writeTree(files: Record<string, string | Buffer>, options: { name?: string; from?: string } = {}): string {
  const dir = tempDir(options.name ?? 'tree');
  if (options.from) fs.cpSync(options.from, dir, { recursive: true });
  for (const [rel, contents] of Object.entries(files)) {
    const target = path.join(dir, rel);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, contents);
  }
  return dir;
}
