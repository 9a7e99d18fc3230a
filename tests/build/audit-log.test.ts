/**
 * When a public body gives a withheld entry away, the public build fails, and its log, which
 * must be safe to publish, tells the editor which file and line to fix without naming the
 * withheld entry: not its id, not its name, not its file, not its page's path.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, projectRoot, tempWorkdir, type BuildResult } from './helpers.ts';

const canary = path.join(projectRoot, 'tests/fixtures/canary/content');
/** What the log must never hold: the withheld note's id, in any case and spelling, and its canary words. */
const withheld = /canary[-_ ]?withheld/i;

/** The canary binder with one line added at the end of the English body of a public forum. */
function binderWithLine(name: string, line: string): { content: string; workdir: string; lineNumber: number } {
  const workdir = tempWorkdir(name);
  const content = path.join(workdir, 'content');
  fs.cpSync(canary, content, { recursive: true });
  const body = path.join(content, 'forums/alpha.en.mdx');
  const text = `${fs.readFileSync(body, 'utf8').trimEnd()}\n\n${line}\n`;
  fs.writeFileSync(body, text);
  return { content, workdir, lineNumber: text.trimEnd().split('\n').length };
}

describe('a public body linking to a withheld page by its URL', () => {
  const binder = binderWithLine('audit-log-link', 'See [the plan](/en/notes/canary-withheld/) for more.');
  let result: BuildResult;
  beforeAll(() => {
    result = build(binder);
  });

  it('fails the build', () => {
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Build failed.');
  });

  it("names the public body's file and line", () => {
    expect(`${result.stdout}\n${result.stderr}`).toContain(`forums/alpha.en.mdx:${binder.lineNumber}`);
  });

  it('never names the withheld entry', () => {
    expect(`${result.stdout}\n${result.stderr}`).not.toMatch(withheld);
  });
});

// The redact pass may refuse a link to a withheld page before the audit runs; a withheld
// entry's name typed in plain prose is only the audit's to catch.
describe("a withheld entry's name typed in the prose of a public body", () => {
  const binder = binderWithLine('audit-log-name', 'The Canarywithheldtitleen plan was discussed.');
  let result: BuildResult;
  let log: string;
  beforeAll(() => {
    result = build(binder);
    log = `${result.stdout}\n${result.stderr}`;
  });

  it('fails the build at the audit', () => {
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/The audit found withheld text in the output/);
  });

  it("prints one line for that place, naming the public body's file and line and an output file", () => {
    const leaks = result.stderr.split('\n').filter((line) => line.startsWith('leak'));
    const here = leaks.filter((line) => line.includes(`forums/alpha.en.mdx:${binder.lineNumber}`));
    expect(here).toHaveLength(1);
    expect(here[0]).toMatch(/text of a withheld entry, in \d+ output files? \(.*dist\/\S+/);
  });

  it('never names the withheld entry', () => {
    expect(log).not.toMatch(withheld);
  });
});
