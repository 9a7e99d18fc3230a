/** BINDER_JOBS read strictly, and where each shard writes and caches. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildJobs, minBodiesToShard, shardDirs } from './shard-runner.ts';

describe('shards of the Astro stage', () => {
  it('runs as many shards as cores unless BINDER_JOBS says otherwise', () => {
    expect(buildJobs({}, 2)).toBe(2);
    expect(buildJobs({ BINDER_JOBS: '' }, 4)).toBe(4);
    expect(buildJobs({ BINDER_JOBS: '1' }, 4)).toBe(1);
    // A small binder builds in one process unless BINDER_JOBS asks for shards.
    expect(buildJobs({}, 2, 90)).toBe(1);
    expect(buildJobs({}, 2, 400)).toBe(1);
    expect(buildJobs({}, 2, minBodiesToShard)).toBe(2);
    expect(buildJobs({ BINDER_JOBS: '2' }, 2, 90)).toBe(2);
    for (const bad of ['0', 'two', '1.5', '-1'])
      expect(() => buildJobs({ BINDER_JOBS: bad }, 2)).toThrow(`BINDER_JOBS is a whole number of at least 1, not "${bad}"`);
  });

  it('gives each shard its own output inside the project and its own cache', () => {
    const inside = shardDirs({ staging: '/p/.binder/public/staging', cache: '/p/.binder/public/cache' }, '/p', 2);
    expect(inside).toEqual([
      { out: '/p/.binder/public/staging-shards/0', cache: '/p/.binder/public/cache-shard-0' },
      { out: '/p/.binder/public/staging-shards/1', cache: '/p/.binder/public/cache-shard-1' },
    ]);
    const outside = shardDirs({ staging: '/tmp/w/.binder/internal/staging', cache: '/tmp/w/.binder/internal/cache' }, '/p', 2);
    expect(path.dirname(outside[0]!.out)).toMatch(/^\/p\/\.binder\/shards\/[0-9a-f]{12}$/);
    expect(outside[1]!.cache).toBe('/tmp/w/.binder/internal/cache-shard-1');
    const other = shardDirs({ staging: '/tmp/v/.binder/internal/staging', cache: '/tmp/v/.binder/internal/cache' }, '/p', 1);
    expect(path.dirname(other[0]!.out)).not.toBe(path.dirname(outside[0]!.out));
  });
});
