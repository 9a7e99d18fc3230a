/** Which shard writes which page, which bodies a shard compiles, and BINDER_SHARD read strictly. */
import { describe, expect, it } from 'vitest';
import { filterModuleMap, passesInShard, readShard, shardLanguages, shardOfPath } from './shards.ts';

const map = `
export default new Map([
["../x/.binder/public/content/forums/a.en.mdx", () => import("astro:content-layer-deferred-module?fileName=a.en.mdx")],
["../x/.binder/public/content/forums/a.fr.mdx", () => import("astro:content-layer-deferred-module?fileName=a.fr.mdx")],
["../x/.binder/public/content/notes/b.en.mdx", () => import("astro:content-layer-deferred-module?fileName=b.en.mdx")]]);
\t\t`;

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

  it("keeps the bodies of the shard's language in Astro's module map, in Astro's form", () => {
    const english = filterModuleMap(map, ['en']);
    expect(english).toContain('a.en.mdx');
    expect(english).toContain('b.en.mdx');
    expect(english).not.toContain('a.fr.mdx');
    expect(english.trim().endsWith(']);')).toBe(true);
    const french = filterModuleMap(map, ['fr']);
    expect(french.match(/import\(/g)).toHaveLength(1);
    expect(filterModuleMap('export default new Map();', ['en'])).toBe('export default new Map();');
  });
});
