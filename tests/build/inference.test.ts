/**
 * The inference warning in a real public build: the canary binder with one program whose
 * redacted allocation is its envelope minus its public allocation. Without --strict the build
 * warns and publishes; with --strict it fails before Astro runs and leaves the output as it was.
 * Neither log holds the redacted amount. An unknown flag is refused before anything is built.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, fingerprint, projectRoot, runScript, tempWorkdir, type BuildResult } from './helpers.ts';
import { displayPath } from '../../src/diagnostics/diagnostic.ts';

const canary = path.join(projectRoot, 'tests/fixtures/canary/content');
const workdir = tempWorkdir('inference');
const content = path.join(tempWorkdir('inference-content'), 'content');
const program = [
  'name: { en: "Delta Program", fr: "Programme Delta" }',
  'summary: { en: "Funds the Gamma Institute.", fr: "Finance l\'Institut Gamma." }',
  'status: active',
  'envelope: { amount: 500000, currency: CAD, period: per-year }',
  'allocations:',
  '  - label: { en: "Research", fr: "Recherche" }',
  '    amount: { amount: 376543, currency: CAD, period: per-year }',
  '  - label: { en: "Projects", fr: "Projets" }',
  '    amount: { redact: atia-15-1, value: { amount: 123457, currency: CAD, period: per-year } }',
  '',
].join('\n');
/** The redacted allocation, as digits or as any locale writes it. */
const secret = /123[\s,.\u00a0\u202f]?457/;

let plain: BuildResult;
beforeAll(() => {
  fs.cpSync(canary, content, { recursive: true });
  fs.writeFileSync(path.join(content, 'funding-programs/delta.yaml'), program);
  plain = build({ content, workdir });
});

describe('a public build whose sources let a reader work out a redacted amount', () => {
  const place = () => `${displayPath(content, projectRoot)}/funding-programs/delta.yaml:9:5`;

  it('warns, naming the field and the public amounts, and still publishes', () => {
    expect(plain.status, plain.stderr).toBe(0);
    expect(plain.stderr).toContain(
      `${place()}  warning  inferable-redaction  allocations[1].amount is redacted, but a reader can work it out as envelope ($500,000 per year) minus allocations[0].amount ($376,543 per year)`,
    );
    expect(`${plain.stdout}${plain.stderr}`).not.toMatch(secret);
  });

  it('fails with --strict, before Astro, and leaves the published output as it was', () => {
    const before = fingerprint(path.join(workdir, 'dist'));
    const strict = runScript('build.ts', { content, workdir, args: ['--strict'] });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain(`${place()}  error  inferable-redaction  allocations[1].amount is redacted`);
    expect(strict.stderr).toContain('--strict makes warnings errors');
    expect(`${strict.stdout}${strict.stderr}`).not.toMatch(secret);
    expect(fingerprint(path.join(workdir, 'dist'))).toEqual(before);
  });

  it('refuses an unknown flag with one line and exit code 2, building nothing', () => {
    const mistyped = runScript('build.ts', { content, workdir, args: ['--strcit'] });
    expect(mistyped.status).toBe(2);
    expect(mistyped.stderr).toBe(
      'binder: unknown option --strcit (did you mean --strict?): npm run build takes --edition public|internal and --strict\n',
    );
    expect(mistyped.stdout).toBe('');
  });
});
