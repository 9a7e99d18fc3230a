/**
 * Reading content/: the dev server's reads reuse what did not change since the last one (same
 * modification time, size and inode) and see every change, addition and removal; a refused file is
 * reported on every read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSources } from './sources.ts';
import { writeTree } from '../../tests/temp.ts';

const folder = (files: Record<string, string | Buffer>) => writeTree(files, { name: 'sources' });

const texts = (dir: string) => Object.fromEntries(readSources(dir, { cache: true }).files.map((f) => [f.rel, f.text]));

describe('readSources with the dev server cache', () => {
  it('reads what is unchanged once, and every edit, new file and removal', () => {
    const dir = folder({ 'forums/a.yaml': 'a: 1\r\n', 'forums/a.en.mdx': 'Hello\n' });
    const first = readSources(dir, { cache: true }).files;
    expect(texts(dir)).toEqual({ 'forums/a.en.mdx': 'Hello\n', 'forums/a.yaml': 'a: 1\n' });
    expect(readSources(dir, { cache: true }).files[0]).toBe(first[0]);
    fs.appendFileSync(path.join(dir, 'forums/a.en.mdx'), 'More\n');
    fs.writeFileSync(path.join(dir, 'forums/b.yaml'), 'b: 2\n');
    fs.rmSync(path.join(dir, 'forums/a.yaml'));
    expect(texts(dir)).toEqual({ 'forums/a.en.mdx': 'Hello\nMore\n', 'forums/b.yaml': 'b: 2\n' });
  });

  it('sees a rewrite of the same size (a new inode, as editors save atomically)', () => {
    const dir = folder({ 'forums/a.en.mdx': 'one\n' });
    expect(texts(dir)).toEqual({ 'forums/a.en.mdx': 'one\n' });
    fs.writeFileSync(path.join(dir, 'forums/a.en.mdx.tmp'), 'two\n');
    fs.renameSync(path.join(dir, 'forums/a.en.mdx.tmp'), path.join(dir, 'forums/a.en.mdx'));
    expect(texts(dir)).toEqual({ 'forums/a.en.mdx': 'two\n' });
  });

  it('reports a refused file on every read, each time as a new diagnostic', () => {
    const dir = folder({ 'forums/a.en.mdx': Buffer.from([0x48, 0, 0x49]), 'forums/a.txt': 'x' });
    const first = readSources(dir, { cache: true });
    const again = readSources(dir, { cache: true });
    expect(again.diagnostics.map((d) => d.rule).sort()).toEqual(['binary-file', 'unknown-file']);
    expect(again.diagnostics).toEqual(first.diagnostics);
    expect(again.diagnostics[0]).not.toBe(first.diagnostics[0]);
    expect(again.unreadable.map((u) => u.rel)).toEqual(['forums/a.en.mdx']);
  });
});
