/**
 * The collections a copy holds something in, on its register (src/site/store.ts reads only
 * those: Astro warns of each empty collection it is asked for, at every save in the dev server).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBinder } from './load.ts';
import { redactBinder } from './redact.ts';
import { writeSyntheticBinder } from '../tooling/bench/synthetic-binder.ts';
import { tempDir } from '../../tests/temp.ts';

const fixtures = path.resolve(import.meta.dirname, '../../tests/fixtures');
const held = (content: string, edition: 'public' | 'internal') =>
  (JSON.parse(redactBinder(loadBinder(content), { edition }).files.get('_register.json') as string) as { collections: string[] })
    .collections;

describe('the collections a copy holds', () => {
  it('are every one of the canary binder’s, in both editions', () => {
    for (const edition of ['public', 'internal'] as const)
      expect(held(path.join(fixtures, 'canary/content'), edition)).toEqual([
        'bodies',
        'forums',
        'funding-programs',
        'legislation',
        'notes',
        'people',
        'redaction-markers',
        'stakeholders',
        'statistics',
      ]);
  });

  it('leave out what a binder has none of (people, statistics, legislation)', () => {
    const content = path.join(tempDir('held'), 'content');
    writeSyntheticBinder(content, 6, path.join(fixtures, 'canary/content/redaction-markers'));
    expect(held(content, 'public')).toEqual(['bodies', 'forums', 'funding-programs', 'notes', 'redaction-markers', 'stakeholders']);
  });
});
