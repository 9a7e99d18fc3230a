/**
 * `npm run new`: slugs from titles, a valid entry in both languages, and no overwriting.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { slugFromTitle } from './scaffold.ts';
import { loadBinder } from '../redaction/load.ts';
import { tempDir } from '../../tests/temp.ts';

const root = path.resolve(import.meta.dirname, '../..');
const canary = path.join(root, 'tests/fixtures/canary/content');
const run = (content: string, ...args: string[]) =>
  spawnSync(process.execPath, ['scripts/new.ts', ...args], {
    cwd: root,
    env: { ...process.env, BINDER_CONTENT: content },
    encoding: 'utf8',
  });

describe('slugFromTitle', () => {
  it.each([
    ['Regional Conference on Migration', 'regional-conference-on-migration'],
    ['Conférence régionale sur les migrations', 'conference-regionale-sur-les-migrations'],
    ["Briefing: the Minister's trip (2020)", 'briefing-the-ministers-trip-2020'],
    ['  --Odd   spacing--  ', 'odd-spacing'],
  ])('%s → %s', (title, slug) => expect(slugFromTitle(title)).toBe(slug));

  it('cuts long titles at a word, under 60 characters', () => {
    const slug = slugFromTitle('The Intergovernmental Consultations on Migration, Asylum and Refugees annual plenary');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('npm run new', () => {
  for (const collection of ['forums', 'organisation', 'program', 'note']) {
    it(`writes a valid ${collection} in both languages`, () => {
      const content = tempDir('new');
      fs.cpSync(canary, content, { recursive: true });
      const result = run(content, collection, 'Test Entry');
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/test-entry\.yaml.*test-entry\.en\.mdx.*test-entry\.fr\.mdx/s);
      expect(loadBinder(content).diagnostics).toEqual([]);
    });
  }

  it('refuses to overwrite an existing entry and writes nothing', () => {
    const content = tempDir('new');
    fs.cpSync(canary, content, { recursive: true });
    const before = fs.readFileSync(path.join(content, 'forums/alpha.yaml'), 'utf8');
    const result = run(content, 'forums', 'Alpha', '--id', 'alpha');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('alpha.yaml');
    expect(fs.readFileSync(path.join(content, 'forums/alpha.yaml'), 'utf8')).toBe(before);
    expect(fs.existsSync(path.join(content, 'forums/alpha.fr.mdx'))).toBe(true);
  });

  it('explains its usage when the collection is unknown', () => {
    const result = run(canary, 'meetings', 'X');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('collections: forums, stakeholders (organisations), funding-programs, notes');
  });
});
