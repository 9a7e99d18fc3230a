/**
 * Placeholders and If-pressed headings, built for real. The canary binder hides placeholders inside
 * a redacted passage and in its withheld note: its public build passes, names none of them and
 * publishes none. A note as `npm run new` writes it, added to the canary binder: the public build
 * refuses each placeholder at its file, line and column; `npm run check` and the internal build
 * warn, naming the placeholder (and quoting nothing of the hidden ones); `--strict` makes the
 * internal build's warnings errors. The internal edition draws each If-pressed question as one
 * heading that says "If pressed" once, and every page has one h1.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, projectRoot, readTree, runScript, tempWorkdir, type BuildResult } from './helpers.ts';
import { scaffoldEntry } from '../../src/tooling/scaffold.ts';

const canary = path.join(projectRoot, 'tests/fixtures/canary/content');
const hidden = /canary\w*placeholder\w*/gi;

function withScaffoldedNote(): string {
  const dir = path.join(tempWorkdir('placeholders-src'), 'content');
  fs.cpSync(canary, dir, { recursive: true });
  for (const [suffix, text] of scaffoldEntry('notes', 'Draft note', '2025-01-15'))
    fs.writeFileSync(path.join(dir, `notes/draft-note${suffix}`), text);
  return dir;
}

const log = (r: BuildResult) => `${r.stdout}\n${r.stderr}`;
let publicCanary: BuildResult;
let publicTree: Map<string, string>;
let draft: string;
let internalDraft: BuildResult;
let internalTree: Map<string, string>;

beforeAll(() => {
  const publicWork = tempWorkdir('placeholders-public');
  publicCanary = build({ content: canary, workdir: publicWork });
  publicTree = readTree(path.join(publicWork, 'dist'));
  draft = withScaffoldedNote();
  const internalWork = tempWorkdir('placeholders-internal');
  internalDraft = build({ content: draft, workdir: internalWork, edition: 'internal' });
  internalTree = readTree(path.join(internalWork, 'dist-internal'));
});

describe('placeholders inside redactions and withheld entries', () => {
  it('do not stop the public build, which names none of them', () => {
    expect(publicCanary.status, log(publicCanary)).toBe(0);
    expect(log(publicCanary)).not.toMatch(/ placeholder |TODO|FAIRE/i);
  });

  it('reach no public file', () => {
    for (const [file, text] of publicTree) {
      expect(text.match(hidden), file).toBeNull();
      expect(text.includes('TODO') || text.includes('À FAIRE'), file).toBe(false);
    }
  });
});

describe('a note as npm run new writes it', () => {
  it('fails the public build, at each placeholder', () => {
    const result = build({ content: draft, workdir: tempWorkdir('placeholders-refused') });
    expect(result.status).toBe(1);
    const errors = result.stderr.split('\n').filter((line) => /\s error\s+placeholder\s/.test(line));
    expect(errors.some((line) => /notes\/draft-note\.yaml:\d+:\d+ .*"\(à traduire\)"/.test(line))).toBe(true);
    expect(errors.some((line) => /notes\/draft-note\.en\.mdx:\d+:\d+ .*"TODO"/.test(line))).toBe(true);
    expect(errors.some((line) => /notes\/draft-note\.fr\.mdx:\d+:\d+ .*"À FAIRE"/.test(line))).toBe(true);
    expect(log(result)).not.toMatch(hidden);
    expect(log(result)).not.toMatch(/canary-withheld/);
  });

  it('is reported by npm run check as warnings, the hidden ones without a word of them', () => {
    const result = runScript('check.ts', { content: draft, workdir: tempWorkdir('placeholders-check') });
    expect(result.status, log(result)).toBe(0);
    expect(result.stdout).toMatch(/draft-note\.en\.mdx:\d+:\d+ {2}warning {2}placeholder {2}the placeholder "TODO"/);
    expect(result.stdout).toMatch(/public-note\.en\.mdx:\d+:\d+ {2}warning {2}placeholder {2}a placeholder inside a redacted passage/);
    expect(result.stdout).not.toMatch(hidden);
  });

  it('builds the internal edition with warnings, and --strict makes them errors', () => {
    expect(internalDraft.status, log(internalDraft)).toBe(0);
    expect(internalDraft.stderr).toMatch(/draft-note\.en\.mdx:\d+:\d+ {2}warning {2}placeholder/);
    expect(log(internalDraft)).not.toMatch(hidden);
    const strict = runScript('build.ts', {
      content: draft,
      workdir: tempWorkdir('placeholders-strict'),
      args: ['--edition', 'internal', '--strict'],
    });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/draft-note\.en\.mdx:\d+:\d+ {2}error {2}placeholder/);
  });
});

describe('If-pressed headings', () => {
  const page = (lang: string, id: string) => internalTree.get(`${lang}/notes/${id}/index.html`)!;
  const questions = (html: string) =>
    [...html.matchAll(/<h3 class="if-pressed__question"[^>]*>([\s\S]*?)<\/h3>/g)].map((m) =>
      m[1]!
        .replace(/<[^>]+>/g, '')
        .replace(/[ \t\n]+/g, ' ')
        .trim(),
    );

  it('say "If pressed" once: the question alone when it says it, the label in front when it does not', () => {
    expect(questions(page('en', 'draft-note'))).toEqual(['If pressed on TODO']);
    expect(questions(page('fr', 'draft-note'))).toEqual(['Si l’on insiste sur À FAIRE']);
    expect(questions(page('en', 'public-note'))).toContain('If pressed on the withheld plan');
    expect(questions(page('en', 'public-note'))).toContain('If pressed: [REDACTED]');
    expect(questions(page('fr', 'public-note'))).toContain('Si l’on insiste\u00a0: [CAVIARDÉ]');
    for (const text of questions(page('en', 'public-note'))) expect(text).not.toMatch(/if pressed.*if pressed/i);
  });

  it('are listed On this page as they read, linking to the question’s id', () => {
    const links = [...page('en', 'public-note').matchAll(/<a href="#(if-pressed[^"]*)">([^<]*)</g)].map((m) => [m[1], m[2]]);
    expect(links).toContainEqual(['if-pressed-on-the-withheld-plan', 'If pressed on the withheld plan']);
    expect(links).toContainEqual(['if-pressed-3', 'If pressed: [REDACTED]']);
  });

  it('leave every page one h1 (the printable binder has one per entry)', () => {
    for (const [file, html] of internalTree) {
      if (file.endsWith('.html') && !/^(en\/print|fr\/impression)\//.test(file))
        expect(html.match(/<h1[\s>]/g)?.length ?? 0, file).toBeLessThanOrEqual(1);
    }
  });
});
