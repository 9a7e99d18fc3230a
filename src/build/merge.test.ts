/** Merging the shards' outputs: pages from their one shard, shared files once, a conflict named. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesOf, MergeConflict, mergeTrees } from './merge.ts';
import { tempDir, writeTree } from '../../tests/temp.ts';

const tree = (files: Record<string, string>) => writeTree(files, { name: 'merge' });

describe('mergeTrees', () => {
  it('moves every page in and keeps a file the shards share once', () => {
    const a = tree({ 'en/index.html': 'en', '_astro/site.css': 'css', 'favicon.svg': 'svg' });
    const b = tree({ 'fr/index.html': 'fr', '_astro/site.css': 'css', 'favicon.svg': 'svg', '404.html': 'nf' });
    const target = path.join(tempDir('merged'), 'out');
    expect(mergeTrees([a, b], target)).toEqual({ shared: 2 });
    expect(filesOf(target)).toEqual(['404.html', '_astro/site.css', 'en/index.html', 'favicon.svg', 'fr/index.html']);
    expect(fs.readFileSync(path.join(target, 'fr/index.html'), 'utf8')).toBe('fr');
  });

  it('refuses two different files at one path, naming it', () => {
    const target = path.join(tempDir('merged'), 'out');
    const merge = () => mergeTrees([tree({ '_astro/site.css': 'one' }), tree({ '_astro/site.css': 'two' })], target);
    expect(merge).toThrow(MergeConflict);
    fs.rmSync(target, { recursive: true });
    expect(merge).toThrow('two shards wrote different files at _astro/site.css');
  });
});
