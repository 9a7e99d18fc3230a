/**
 * The catalogue is the only author of diagnostics' words: every rule documents itself (title,
 * why, fix), renders its sample parameters without a raw "undefined", and the reporter makes
 * diagnostics from it alone (call-sites.test.ts checks that nothing else words them).
 */
import { describe, expect, it } from 'vitest';
import { errorCatalogue, type Rule, type RuleId } from './catalogue.ts';
import { diagnostic, explained, reporter } from './report.ts';
import type { Diagnostic } from './diagnostic.ts';

const rules = Object.entries(errorCatalogue) as [RuleId, Rule<object>][];

describe('the error catalogue', () => {
  it.each(rules)('%s has a title, why, fix and message', (_id, rule) => {
    for (const text of [rule.title, rule.why, rule.fix]) expect(text.trim().length).toBeGreaterThan(3);
    expect(typeof rule.message).toBe('function');
    expect(rule.examples.length).toBeGreaterThan(0);
  });

  it.each(rules)('%s renders every sample without "undefined", "null" or "[object"', (_id, rule) => {
    for (const params of rule.examples) {
      const text = `${rule.message(params)}\n${rule.hint?.(params) ?? ''}`;
      expect(rule.message(params).trim()).not.toBe('');
      expect(text).not.toMatch(/undefined|null|\[object/);
    }
  });

  it('ids are permanent kebab-case names', () => {
    for (const [id] of rules) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

describe('reporting', () => {
  it('makes the message and hint from the rule, at a node, a line and column, or the whole file', () => {
    const sink: Diagnostic[] = [];
    const report = reporter('content/forums/x.yaml', sink);
    report({ position: { start: { line: 3, column: 5 }, end: { line: 3, column: 9 } } }, 'unknown-collection', {
      folder: 'forum',
      suggestion: 'forums',
    });
    report({ line: 7, column: 1 }, 'not-utf8', {}, 'warning');
    report(undefined, 'binary-file', {});
    report({}, 'mdx-fragment', {});
    expect(sink).toEqual([
      {
        file: 'content/forums/x.yaml',
        line: 3,
        column: 5,
        rule: 'unknown-collection',
        severity: 'error',
        message: '"forum" is not a collection',
        hint: 'did you mean content/forums/?',
      },
      {
        file: 'content/forums/x.yaml',
        line: 7,
        column: 1,
        rule: 'not-utf8',
        severity: 'warning',
        message: 'this file is not UTF-8 text',
        hint: 'save it as UTF-8 in your editor (it may be Windows-1252 or Latin-1)',
      },
      { file: 'content/forums/x.yaml', rule: 'binary-file', severity: 'error', message: 'this file is binary, not text' },
      {
        file: 'content/forums/x.yaml',
        line: 1,
        column: 1,
        rule: 'mdx-fragment',
        severity: 'error',
        message: 'empty tags <>…</> are not allowed in content',
      },
    ]);
  });

  it('explains a diagnostic with its rule, for the dev server overlay', () => {
    const d = diagnostic('f', undefined, 'redact-empty', {});
    expect(explained(d)).toBe(
      `An empty <Redact>: <Redact> wraps nothing\n${d.hint}\n\n${errorCatalogue['redact-empty'].why}\n${errorCatalogue['redact-empty'].fix}`,
    );
  });

  it('leaves the hint out when the rule gives none for these parameters', () => {
    expect(diagnostic('f', undefined, 'unknown-collection', { folder: 'misc' })).not.toHaveProperty('hint');
  });
});

describe('parameters are typed (checked by npm run typecheck)', () => {
  it('refuses a call without a rule’s parameters, or with prose instead', () => {
    const calls = [
      // @ts-expect-error bad-id needs the id and extension
      () => diagnostic('f', undefined, 'bad-id', {}),
      // @ts-expect-error a message is never passed: the catalogue words it
      () => diagnostic('f', undefined, 'binary-file', { message: 'this file is binary' }),
      // @ts-expect-error not a rule of the catalogue
      () => diagnostic('f', undefined, 'no-such-rule', {}),
    ];
    expect(calls).toHaveLength(3);
  });
});
