/**
 * The battery of bad inputs (tests/fixtures/bad): each case breaks one file of the canary binder.
 * Building must fail with exit code 1, name the file (and the line, where it applies) once, in
 * the editor's terms and without a stack trace, and leave the previous output byte for byte as
 * it was, with no staging directory left behind (Astro leaves raw entries in `.prerender/` when
 * page generation fails).
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, fingerprint, projectRoot, tempWorkdir } from './helpers.ts';
import { displayPath } from '../../src/diagnostics/diagnostic.ts';

const canary = path.join(projectRoot, 'tests/fixtures/canary/content');
const casesDir = path.join(projectRoot, 'tests/fixtures/bad');
const workdir = tempWorkdir('failures');

interface Expectation {
  file: string;
  line?: number;
  rule?: string;
  message?: string;
  remove?: string[];
  edition?: 'public' | 'internal';
}

function sourcesFor(name: string, expect: Expectation): string {
  const dir = path.join(tempWorkdir(`bad-${name}`), 'content');
  fs.cpSync(canary, dir, { recursive: true });
  const overlay = path.join(casesDir, name, 'overlay');
  if (fs.existsSync(overlay)) fs.cpSync(overlay, dir, { recursive: true });
  for (const file of expect.remove ?? []) fs.rmSync(path.join(dir, file));
  return dir;
}

const cases = fs.readdirSync(casesDir).sort();
let before: Record<'public' | 'internal', Map<string, string>>;

beforeAll(() => {
  for (const edition of ['public', 'internal'] as const) {
    const good = build({ content: canary, workdir, edition });
    if (good.status !== 0) throw new Error(`the canary binder does not build: ${good.stderr}`);
  }
  before = { public: fingerprint(path.join(workdir, 'dist')), internal: fingerprint(path.join(workdir, 'dist-internal')) };
});

describe.each(cases)('%s', (name) => {
  const expectation = JSON.parse(fs.readFileSync(path.join(casesDir, name, 'expect.json'), 'utf8')) as Expectation;
  const edition = expectation.edition ?? 'public';
  const content = sourcesFor(name, expectation);

  it('fails, names the file and line, and leaves the previous output intact', () => {
    const result = build({ content, workdir, edition });
    expect(result.status).toBe(1);
    const report = result.stderr;
    const place = `${displayPath(content, projectRoot)}/${expectation.file}${expectation.line ? `:${expectation.line}:` : ''}`;
    expect(report).toContain(place);
    if (expectation.rule) expect(report).toContain(`  ${expectation.rule}  `);
    if (expectation.message) expect(report).toContain(expectation.message);
    expect(report).toMatch(/was not changed/);
    expect(report).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // no stack trace
    const out = path.join(workdir, edition === 'public' ? 'dist' : 'dist-internal');
    expect(fingerprint(out)).toEqual(before[edition]);
    expect(fs.existsSync(path.join(workdir, '.binder', edition, 'staging'))).toBe(false);
  });
});

describe('encodings that must simply work', () => {
  it('builds a binder written with CRLF line endings and byte-order marks', () => {
    const dir = path.join(tempWorkdir('crlf'), 'content');
    fs.cpSync(canary, dir, { recursive: true });
    for (const d of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!d.isFile() || !/\.(ya?ml|mdx)$/.test(d.name)) continue;
      const file = path.join(d.parentPath, d.name);
      fs.writeFileSync(file, `\uFEFF${fs.readFileSync(file, 'utf8').replace(/\n/g, '\r\n')}`);
    }
    const result = build({ content: dir, workdir: tempWorkdir('crlf-out') });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
