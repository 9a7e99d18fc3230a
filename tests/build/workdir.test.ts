/**
 * BINDER_WORKDIR may be any folder: one beside the project whose path begins with the project's
 * (/work/main-tmp for /work/main), which Astro's string-prefix test takes for a folder of the
 * project, and one inside the project. Each builds the canary binder for real, audit included.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isInside, misreadAsInside } from '../../src/redaction/edition.ts';
import { build, projectRoot } from './helpers.ts';

const content = path.join(projectRoot, 'tests/fixtures/canary/content');
const made: string[] = [];

afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

describe('where a workdir may be', () => {
  it('tells a folder inside the project from one whose path only begins the same', () => {
    expect(isInside('/work/main/.binder/x', '/work/main')).toBe(true);
    expect(isInside('/work/main', '/work/main')).toBe(true);
    expect(isInside('/work/main-tmp/x', '/work/main')).toBe(false);
    expect(isInside('/work/main/..x', '/work/main')).toBe(true);
    expect(misreadAsInside('/work/main-tmp/x', '/work/main')).toBe(true);
    expect(misreadAsInside('/tmp/x', '/work/main')).toBe(false);
    expect(misreadAsInside('/work/main/.binder/x', '/work/main')).toBe(false);
  });

  it('builds into a workdir beside the project whose path begins with the project’s', () => {
    const parent = fs.mkdtempSync(`${projectRoot}-workdir-`);
    made.push(parent);
    const workdir = path.join(parent, 'x');
    const result = build({ content, workdir });
    expect(result.stderr).not.toMatch(/Cannot find package/);
    expect(result.status, result.stderr).toBe(0);
    expect(fs.existsSync(path.join(workdir, 'dist', 'en', 'index.html'))).toBe(true);
  });

  it('builds into a workdir inside the project', () => {
    fs.mkdirSync(path.join(projectRoot, '.binder'), { recursive: true });
    const workdir = fs.mkdtempSync(path.join(projectRoot, '.binder', 'test-workdir-'));
    made.push(workdir);
    const result = build({ content, workdir });
    expect(result.status, result.stderr).toBe(0);
    expect(fs.existsSync(path.join(workdir, 'dist', 'en', 'index.html'))).toBe(true);
  });
});
