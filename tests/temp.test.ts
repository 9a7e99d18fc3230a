/**
 * tests/temp.ts: a test file's temporary directories last while it runs and are gone after it,
 * whether its tests passed or failed. The fixture file runs in a Vitest of its own whose TMPDIR is
 * an empty folder of this test's, so what is left there is what the fixture left.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir, writeTree } from './temp.ts';

const root = path.resolve(import.meta.dirname, '..');
const vitest = path.join(root, 'node_modules/vitest/vitest.mjs');

function runFixture(tmp: string, fail: boolean) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^VITEST|^TEST$|^NODE_ENV$/.test(key)));
  return spawnSync(process.execPath, [vitest, 'run', '--root', 'tests/fixtures/temp', '--no-cache'], {
    cwd: root,
    env: { ...env, TMPDIR: tmp, NO_COLOR: '1', BINDER_TEMP_FAIL: fail ? '1' : '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('temporary directories', () => {
  it('are made under the system temporary folder, named binder-<name>-, with the tree asked for', () => {
    const dir = tempDir('temp-test');
    expect(path.dirname(dir)).toBe(os.tmpdir());
    expect(path.basename(dir)).toMatch(/^binder-temp-test-\w{6}$/);
    expect(fs.readdirSync(dir)).toEqual([]);
    const tree = writeTree({ 'a/b/c.txt': 'c' });
    expect(fs.readFileSync(path.join(tree, 'a/b/c.txt'), 'utf8')).toBe('c');
  });

  it.each([false, true])('are all removed when the test file ends (a test failed: %s)', (fail) => {
    const tmp = tempDir('temp-run');
    const run = runFixture(tmp, fail);
    expect(run.status, run.stdout + run.stderr).toBe(fail ? 1 : 0);
    expect(run.stdout).toMatch(fail ? /1 failed \| 2 passed/ : /3 passed/);
    // While the fixture ran: its directory, its three trees, and the one its last test made.
    expect(run.stdout).toContain('made 5');
    expect(fs.readdirSync(tmp)).toEqual([]);
  });
});
