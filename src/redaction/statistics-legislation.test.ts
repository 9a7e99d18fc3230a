/**
 * Statistics and legislation as the checker reads them, on the canary binder with one file
 * changed at a time: a statistic without a source, an unknown unit, a <Stat> or <Cite> naming
 * nothing ("did you mean"), a malformed provision (the accepted forms in the hint), and the
 * staleness warning; inside a redacted passage no message quotes the id or the provision.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBinder } from './load.ts';
import { redactBinder } from './redact.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { writeTree } from '../../tests/temp.ts';

const fixture = path.resolve(import.meta.dirname, '../../tests/fixtures/canary/content');
const body = fs.readFileSync(path.join(fixture, 'forums/alpha.en.mdx'), 'utf8');
const binderYaml = fs.readFileSync(path.join(fixture, 'binder.yaml'), 'utf8');

const binderWith = (changes: Record<string, string>) => writeTree(changes, { name: 'stats', from: fixture });
function problems(changes: Record<string, string>): Diagnostic[] {
  const dir = binderWith(changes);
  return loadBinder(dir).diagnostics.map((d) => ({ ...d, file: path.relative(dir, path.resolve(d.file)) }));
}
const stat = (lines: string) => `label: { en: "A", fr: "A" }\nvalue: 12\nunit: count\n${lines}`;
const withBody = (extra: string) => ({ 'forums/alpha.en.mdx': body.replace('It publishes a report.', `It publishes a report. ${extra}`) });

describe('statistics in YAML', () => {
  it('refuses a statistic without a source, at its file', () => {
    const [d, ...rest] = problems({ 'statistics/public-share.yaml': stat('asOf: 2019\n') });
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ file: 'statistics/public-share.yaml', rule: 'invalid-field', severity: 'error' });
    expect(d!.message).toMatch(/^source/);
  });

  it('refuses a unit it does not know, at its line', () => {
    const [d] = problems({
      'statistics/public-share.yaml': stat('source: { en: "S", fr: "S" }\nasOf: 2019\n').replace('unit: count', 'unit: kilograms'),
    });
    expect(d).toMatchObject({ rule: 'invalid-field', line: 3, column: 1 });
  });

  it('replaces a withheld value and source by markers in the public copy only', () => {
    const loaded = loadBinder(fixture);
    const copy = (edition: 'public' | 'internal') => redactBinder(loaded, { edition }).files.get('_statistics.json') as string;
    expect((JSON.parse(copy('public')) as Record<string, unknown>)['withheld-count']).toMatchObject({
      value: { redacted: ['atia-15-1'] },
      source: { redacted: ['atia-15-1'] },
    });
    expect(copy('public')).not.toMatch(/987123|CanaryStatSource/);
    expect(copy('internal')).toContain('987123');
  });
});

describe('<Stat> and <Cite> in bodies', () => {
  it('suggests the statistic or act meant', () => {
    const found = problems(withBody('<Stat id="public-shares" /> and <Cite act="alpha-acts" />.'));
    expect(found.map((d) => [d.rule, d.line, d.column, d.hint])).toEqual([
      ['unknown-statistic', 3, 125, 'did you mean "public-share"?'],
      ['unknown-act', 3, 157, 'did you mean "alpha-act"?'],
    ]);
  });

  it('refuses a malformed provision with the accepted forms', () => {
    const [d] = problems(withBody('<Cite act="alpha-act" section="s. 3(3)" />.'));
    expect(d).toMatchObject({ rule: 'cite-bad-section', message: 'section="s. 3(3)" is not a provision' });
    expect(d!.hint).toContain('3(3)(a)(i)(A)');
  });

  it('refuses other attributes, content and a missing act', () => {
    const rules = problems(withBody('<Stat id="public-share" value="3" /> <Cite section="3" /> <Cite act="alpha-act">x</Cite>')).map(
      (d) => d.rule,
    );
    expect(rules).toEqual(['stat-attribute', 'cite-attribute', 'cite-attribute']);
  });

  it('quotes nothing inside a redacted passage', () => {
    const found = problems(
      withBody(
        '<Redact marker="atia-15-1">x <Stat id="canarysecretstat" /> <Cite act="canarysecretact" section="canarysecret" /></Redact>',
      ),
    );
    // (The French body has no such passage: the parity check says so too.)
    expect(found.map((d) => d.rule).filter((r) => r !== 'translation-redactions-differ')).toEqual([
      'unknown-statistic',
      'unknown-act',
      'cite-bad-section',
    ]);
    expect(JSON.stringify(found)).not.toMatch(/canarysecret/);
  });
});

describe('the staleness warning', () => {
  it('warns at the asOf of a statistic older than binder.yaml allows, without its value', () => {
    const found = problems({ 'binder.yaml': `${binderYaml}statistics: { maxAgeMonths: 2 }\n` });
    expect(found.map((d) => [d.file, d.rule, d.severity, d.line, d.column])).toEqual([
      ['statistics/withheld-count.yaml', 'statistic-stale', 'warning', 7, 1],
    ]);
    expect(found[0]!.message).toBe(
      'asOf: this statistic is as of 2019-06, 3 months before the binder’s as-of date (2019-09-30); the limit is 2 months',
    );
    expect(JSON.stringify(found)).not.toMatch(/987|CanaryStat/i);
  });
});
