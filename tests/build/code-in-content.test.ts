/**
 * Content holds no code: a body whose attribute reads the environment or a file is refused by the
 * redact pass, before Astro renders anything (MDX would run the code while rendering the page, and
 * the value would be published). The build exits 1 naming the file, line and column, writes no
 * output and no redacted copy, and no log holds the value the code would have read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, projectRoot, tempWorkdir } from './helpers.ts';
import { displayPath } from '../../src/diagnostics/diagnostic.ts';

const canary = path.join(projectRoot, 'tests/fixtures/canary/content');
const envCanary = 'canaryenvvalue7f3a91';
const fileCanary = 'canaryfilevalue5c02d8';

/** The canary binder with one line added to the English body of forums/alpha. */
function binderWithLine(name: string, line: string): { content: string; place: string } {
  const content = path.join(tempWorkdir(`code-${name}`), 'content');
  fs.cpSync(canary, content, { recursive: true });
  const body = path.join(content, 'forums/alpha.en.mdx');
  const lines = fs.readFileSync(body, 'utf8').split('\n');
  lines.splice(2, 0, line, ''); // after the heading and its blank line: the added line is line 3
  fs.writeFileSync(body, lines.join('\n'));
  return { content, place: `${displayPath(content, projectRoot)}/forums/alpha.en.mdx:3:` };
}

const secretFile = path.join(tempWorkdir('code-secret'), 'secret.txt');
fs.writeFileSync(secretFile, fileCanary);

describe.each([
  ['an attribute reading the environment', 'env', `The forum <span data-token={process.env.BINDER_TEST_TOKEN}>meets</span> often.`, 17],
  [
    'an attribute reading a file',
    'require',
    `The forum <span title={require('fs').readFileSync(${JSON.stringify(secretFile)}, 'utf8')}>meets</span>.`,
    17,
  ],
  [
    'an attribute importing node:fs',
    'import',
    `The <Facts title={import('node:fs').then((fs) => fs.readFileSync(${JSON.stringify(secretFile)}, 'utf8'))}>forum</Facts> meets.`,
    12,
  ],
  ['a spread of the environment', 'spread', `The forum <abbr {...process.env}>IOM</abbr> meets.`, 17],
])('a body with %s', (_name, id, line, column) => {
  it('is refused before anything renders, at its line and column, with no secret in any log', () => {
    const { content, place } = binderWithLine(id, line);
    const workdir = tempWorkdir(`code-${id}-out`);
    const result = build({ content, workdir, env: { BINDER_TEST_TOKEN: envCanary } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${place}${column}  error  mdx-attribute-code  `);
    expect(result.stderr).toMatch(/was not changed/);
    for (const log of [result.stdout, result.stderr]) {
      expect(log).not.toContain(envCanary);
      expect(log).not.toContain(fileCanary);
    }
    // Nothing was written: no output, no redacted copy for Astro, no staging directory.
    expect(fs.existsSync(path.join(workdir, 'dist'))).toBe(false);
    expect(fs.existsSync(path.join(workdir, '.binder', 'public', 'content'))).toBe(false);
    expect(fs.existsSync(path.join(workdir, '.binder', 'public', 'staging'))).toBe(false);
  });
});
