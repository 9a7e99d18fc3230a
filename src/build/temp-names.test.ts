/**
 * Two shards writing Astro's module maps into one .astro/ (src/build/temp-names.ts): Astro's own
 * MutableDataStore in two processes, each held between its write and its rename until both have
 * written, then let go one after the other (the interleaving that failed sharded builds).
 */
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ownTempName } from './temp-names.ts';

const root = path.resolve(import.meta.dirname, '../..');
const storeModule = pathToFileURL(path.join(root, 'node_modules/astro/dist/content/mutable-data-store.js')).href;
const tempNames = pathToFileURL(path.join(import.meta.dirname, 'temp-names.ts')).href;

// A writer: one entry of its own in Astro's store, written to <dir>/content-modules.mjs; its rename
// waits for the test's word. It reports `written`, then `ok` or the error's code.
const writer = `
import { promises as fsp } from 'node:fs';
import { pathToFileURL } from 'node:url';
const [dir, own, tag] = process.argv.slice(2);
const { MutableDataStore } = await import(${JSON.stringify(storeModule)});
if (own === 'own') (await import(${JSON.stringify(tempNames)})).ownTempNames(dir);
const { rename } = fsp;
fsp.rename = async (from, to) => {
  process.send('written');
  await new Promise((resolve) => process.once('message', resolve));
  return rename(from, to);
};
const store = new MutableDataStore();
store.set('notes', tag, { id: tag, data: {}, filePath: tag + '.mdx', deferredRender: true });
try {
  await store.writeModuleImports(pathToFileURL(dir + '/content-modules.mjs'));
  process.send('ok');
} catch (error) {
  process.send(String(error.cause?.code ?? error.code ?? error));
}
process.disconnect();
`;

let dir = '';
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const next = (child: ChildProcess) => new Promise<unknown>((resolve) => child.once('message', resolve));

/** Both writers held after writing, then the first renames, then the second: what each reports. */
async function race(own: boolean): Promise<{ results: unknown[]; left: string[]; map: string }> {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'binder-temp-names-'));
  const script = path.join(dir, 'writer.mjs');
  fs.writeFileSync(script, writer);
  const writers = ['first', 'second'].map((tag) => fork(script, [dir, own ? 'own' : 'shared', tag], { stdio: 'ignore' }));
  await Promise.all(writers.map(next));
  const results: unknown[] = [];
  for (const child of writers) {
    const result = next(child);
    child.send('go');
    results.push(await result);
  }
  const left = fs.readdirSync(dir).filter((name) => name !== 'writer.mjs');
  return { results, left, map: fs.readFileSync(path.join(dir, 'content-modules.mjs'), 'utf8') };
}

describe('two shards writing one module map', () => {
  it('fails the second rename with one temporary name for both (the fault)', async () => {
    const { results } = await race(false);
    expect(results).toEqual(['ok', 'ENOENT']);
  });

  it('succeeds with a temporary name per process: the last map wins whole, no temporary file is left', async () => {
    const { results, left, map } = await race(true);
    expect(results).toEqual(['ok', 'ok']);
    expect(left).toEqual(['content-modules.mjs']);
    expect(map).toContain('second.mdx');
    expect(map).not.toContain('first.mdx');
  });
});

describe('a temporary name of its own', () => {
  const folder = path.join(os.tmpdir(), 'project', '.astro');

  it('is given to `.tmp` files inside the folder, as paths or file URLs', () => {
    const file = path.join(folder, 'content-modules.mjs.tmp');
    expect(ownTempName(file, folder, '42')).toBe(`${file}-42`);
    expect(ownTempName(pathToFileURL(file), folder, '42')).toBe(`${file}-42`);
  });

  it('leaves every other path as it is', () => {
    const outside = path.join(os.tmpdir(), 'project', 'dist', 'x.tmp');
    const map = path.join(folder, 'content-modules.mjs');
    expect(ownTempName(outside, folder, '42')).toBe(outside);
    expect(ownTempName(map, folder, '42')).toBe(map);
    expect(ownTempName(`${folder}.tmp`, folder, '42')).toBe(`${folder}.tmp`);
  });
});
