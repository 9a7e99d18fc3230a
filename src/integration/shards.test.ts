/** Which shard writes which page, which bodies a shard compiles, and BINDER_SHARD read strictly. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { moduleMapOf, passesInShard, readShard, shardLanguages, shardOfPath } from './shards.ts';
import { tempDir } from '../../tests/temp.ts';

/** A project and an edition's copy beside it, as a build in a BINDER_WORKDIR outside the project has them. */
function project(): { root: string; copy: string } {
  const base = tempDir('shards');
  const root = path.join(base, 'project');
  const copy = path.join(base, 'work', '.binder', 'public', 'content');
  for (const file of ['forums/a.en.mdx', 'forums/a.fr.mdx', 'forums/a.yaml', 'notes/b.en.mdx', 'notes/b.fr.mdx']) {
    fs.mkdirSync(path.dirname(path.join(copy, file)), { recursive: true });
    fs.writeFileSync(path.join(copy, file), '');
  }
  fs.mkdirSync(root);
  return { root, copy };
}

describe('shards', () => {
  it('reads BINDER_SHARD as index/count and refuses anything else', () => {
    expect(readShard({})).toBeUndefined();
    expect(readShard({ BINDER_SHARD: '1/2' })).toEqual({ index: 1, count: 2 });
    for (const bad of ['2/2', '1', 'a/b', '0/0']) expect(() => readShard({ BINDER_SHARD: bad })).toThrow(/BINDER_SHARD is index\/count/);
  });

  it('gives English to even shards, French and the bilingual pages to shard 1', () => {
    expect(shardOfPath('/en/forums/igc/', 2)).toBe(0);
    expect(shardOfPath('/fr/forums/igc/', 2)).toBe(1);
    for (const page of ['/', '/404.html', '/robots.txt', '/sitemap.xml']) expect(shardOfPath(page, 2)).toBe(1);
    expect(shardOfPath('/en/', 1)).toBe(0);
    expect(shardOfPath('/404.html', 1)).toBe(0);
    const english = new Set(Array.from({ length: 40 }, (_, i) => shardOfPath(`/en/notes/n${i}/`, 4)));
    expect([...english].sort()).toEqual([0, 2]);
    expect(shardOfPath('/en/notes/n1/', 4)).toBe(shardOfPath('/en/notes/n1/', 4));
    expect(shardLanguages({ index: 2, count: 3 })).toEqual(['en']);
    expect(shardLanguages({ index: 0, count: 1 })).toEqual(['en', 'fr']);
    expect(passesInShard(2)).toBe(true);
    expect(passesInShard(3)).toBe(false);
  });

  it("writes a shard's module map from the copy, in Astro's form, with its language's bodies only", () => {
    const { root, copy } = project();
    const english = moduleMapOf(root, copy, ['en']);
    // Astro's own line for a body (content-modules.mjs, Astro 7), key and specifier.
    expect(english).toContain(
      '["../work/.binder/public/content/forums/a.en.mdx", () => import("astro:content-layer-deferred-module?astro%3Acontent-layer-deferred-module=&fileName=..%2Fwork%2F.binder%2Fpublic%2Fcontent%2Fforums%2Fa.en.mdx&astroContentModuleFlag=true")]',
    );
    expect(english.match(/import\(/g)).toHaveLength(2);
    expect(english).not.toContain('.fr.mdx');
    expect(english.indexOf('forums/a.en.mdx')).toBeLessThan(english.indexOf('notes/b.en.mdx'));
    expect(english.trim().endsWith(']);')).toBe(true);
    expect(moduleMapOf(root, copy, ['en', 'fr']).match(/import\(/g)).toHaveLength(4);
    fs.rmSync(path.join(copy, 'notes'), { recursive: true });
    fs.rmSync(path.join(copy, 'forums'), { recursive: true });
    expect(moduleMapOf(root, copy, ['en'])).toBe('export default new Map();');
  });
});
