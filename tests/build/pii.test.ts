/**
 * The personal-information warning in a real public build: the canary binder with a note whose
 * public text holds a telephone number (and another inside a <Redact>, and a third marked public
 * in binder.yaml). The build warns once, at the number's file, line and column, and publishes;
 * with --strict it fails before Astro runs; `npm run check` warns the same. No log holds the
 * number, in any spacing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, projectRoot, runScript, tempWorkdir, type BuildResult } from './helpers.ts';
import { displayPath } from '../../src/diagnostics/diagnostic.ts';

const canary = path.join(projectRoot, 'tests/fixtures/canary/content');
const workdir = tempWorkdir('pii');
const content = path.join(tempWorkdir('pii-content'), 'content');
const note = [
  'title: { en: "Whom to call", fr: "Qui appeler" }',
  'kind: briefing-note',
  'date: "2019-09-15"',
  'summary: { en: "The office’s general line is 1-888-242-2100.", fr: "La ligne générale du bureau est le 1-888-242-2100." }',
  '',
].join('\n');
const body = (call: string, home: string) => `${call} 613-555-0142.\n\n<Redact marker="atia-19-1">${home}: 613-555-0177</Redact>\n`;
/** The two numbers that must not reach any log (the public one may). */
const secrets = /613[\s.()-]*555[\s.-]*01(?:42|77)/;

let plain: BuildResult;
beforeAll(() => {
  fs.cpSync(canary, content, { recursive: true });
  fs.appendFileSync(path.join(content, 'binder.yaml'), 'pii:\n  public: ["1 888 242 2100"]\n');
  fs.writeFileSync(path.join(content, 'notes/whom-to-call.yaml'), note);
  fs.writeFileSync(path.join(content, 'notes/whom-to-call.en.mdx'), body('Call the adviser at', 'Home'));
  fs.writeFileSync(path.join(content, 'notes/whom-to-call.fr.mdx'), body('Appeler la conseillère au', 'Domicile'));
  plain = build({ content, workdir });
});

describe('a public build with a telephone number in public text', () => {
  const place = (lang: string, column: number) => `${displayPath(content, projectRoot)}/notes/whom-to-call.${lang}.mdx:1:${column}`;
  const message = 'personal-information  this looks like a telephone number, and the public edition would publish it';

  it('warns at its file, line and column in each language, once each, and still publishes', () => {
    expect(plain.status, plain.stderr).toBe(0);
    expect(plain.stderr).toContain(`${place('en', 21)}  warning  ${message}`);
    expect(plain.stderr).toContain(`${place('fr', 27)}  warning  ${message}`);
    expect(plain.stderr.match(/personal-information/g)).toHaveLength(2);
    expect(`${plain.stdout}${plain.stderr}`).not.toMatch(secrets);
  });

  it('fails with --strict, before Astro, naming the same places', () => {
    const strict = runScript('build.ts', { content, workdir, args: ['--strict'] });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain(`${place('en', 21)}  error  ${message}`);
    expect(strict.stderr).toContain('--strict makes warnings errors');
    expect(`${strict.stdout}${strict.stderr}`).not.toMatch(secrets);
  });

  it('is reported by npm run check as a warning that does not fail it', () => {
    const check = runScript('check.ts', { content, workdir });
    expect(check.status, check.stdout).toBe(0);
    expect(check.stdout).toContain(`${place('fr', 27)}  warning  ${message}`);
    expect(`${check.stdout}${check.stderr}`).not.toMatch(secrets);
  });
});
