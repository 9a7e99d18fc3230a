/**
 * `npm run new -- note "<Title>" --kind <kind>`: each kind's fields and body, which pass the
 * check once the committee's id is filled in (other placeholders are only warnings), and no
 * field of another kind.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { loadBinder } from '../redaction/load.ts';
import { scaffoldEntry } from './scaffold.ts';
import { tempDir } from '../../tests/temp.ts';

const root = path.resolve(import.meta.dirname, '../..');
const canary = path.join(root, 'tests/fixtures/canary/content');
const run = (content: string, ...args: string[]) =>
  spawnSync(process.execPath, ['scripts/new.ts', ...args], {
    cwd: root,
    env: { ...process.env, BINDER_CONTENT: content },
    encoding: 'utf8',
  });

describe('npm run new -- note --kind', () => {
  for (const kind of ['committee-appearance', 'qp-note', 'letter', 'key-issue']) {
    it(`writes a ${kind} that passes the check once its placeholders are filled`, () => {
      const content = tempDir('new-kind');
      fs.cpSync(canary, content, { recursive: true });
      const result = run(content, 'note', 'Test Note', '--kind', kind);
      expect(result.status, result.stderr).toBe(0);
      const file = path.join(content, 'notes/test-note.yaml');
      // The one placeholder the check refuses: the committee must be a real organisation.
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/TODO-committee-id/, 'committee'));
      expect(loadBinder(content).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    });
  }

  it('writes the kind’s required fields, comments its optional ones out, and leaves other kinds’ fields out', () => {
    const yaml = scaffoldEntry('notes', 'A letter', '2026-01-01', 'letter').get('.yaml')!;
    expect(yaml).toMatch(/^kind: letter$/m);
    expect(yaml).toMatch(/^salutation:$/m);
    expect(yaml).toMatch(/^# enclosures:$/m);
    expect(yaml).not.toMatch(/^#? ?(committee|issue|deliverables):/m);
    const note = scaffoldEntry('notes', 'A note', '2026-01-01').get('.yaml')!;
    expect(note).toMatch(/^kind: briefing-note$/m);
    expect(note).not.toMatch(/^#? ?(salutation|committee|issue):/m);
    expect(scaffoldEntry('notes', 'Issues', '2026-01-01', 'key-issue').get('.en.mdx')).toMatch(/<KeyIssue title="[^"]+">\n\n> /);
  });

  it('refuses a kind it does not know, or a kind for another collection', () => {
    expect(run(canary, 'note', 'X', '--kind', 'memo').status).toBe(2);
    expect(run(canary, 'forums', 'X', '--kind', 'letter').status).toBe(2);
  });
});
