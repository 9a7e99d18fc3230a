/**
 * The inference warning: a redacted amount that is the one unknown term of a sum (an envelope and
 * its allocations, recipients or sub-programs) is reported at its line, naming the public amounts
 * that give it away, and never its value. Each case is the canary binder with funding programs
 * written for it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBinder } from './load.ts';
import { inferenceWarnings } from './inference.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { tempDir } from '../../tests/temp.ts';

const fixture = path.resolve(import.meta.dirname, '../../tests/fixtures/canary/content');

/** The amount every case hides: it must never appear in a message, in any notation. */
const secret = 654321;
const hidden = (currency = 'CAD', period = 'per-year') =>
  `{ redact: atia-15-1, value: { amount: ${secret}, currency: ${currency}, period: ${period} } }`;
const cad = (amount: number, extra = '') => `{ amount: ${amount}, currency: CAD, period: per-year${extra} }`;

/** A program file: the canary's required fields, then the given lines. */
const program = (...lines: string[]) =>
  [
    'name: { en: "Program", fr: "Programme" }',
    'summary: { en: "Funds things.", fr: "Finance des choses." }',
    'status: active',
    ...lines,
    '',
  ].join('\n');
const allocations = (...amounts: string[]) => [
  'allocations:',
  ...amounts.flatMap((a) => ['  - label: { en: "Part", fr: "Partie" }', `    amount: ${a}`]),
];

/** Warnings for the canary binder with these funding programs (file name without .yaml → text). */
function warnings(programs: Record<string, string>): Diagnostic[] {
  const dir = tempDir('inference');
  fs.cpSync(fixture, dir, { recursive: true });
  for (const [id, text] of Object.entries(programs)) fs.writeFileSync(path.join(dir, 'funding-programs', `${id}.yaml`), text);
  const loaded = loadBinder(dir);
  expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const found = inferenceWarnings(loaded).map((d) => ({ ...d, file: path.relative(dir, path.resolve(d.file)) }));
  for (const d of found) expect(`${d.message} ${d.hint}`).not.toMatch(/654[\s,.\u00a0\u202f]?321/);
  return found;
}

describe('an envelope and its allocations', () => {
  it('warns at a redacted allocation that the envelope minus the others gives away', () => {
    const found = warnings({ p: program(`envelope: ${cad(1_000_000)}`, ...allocations(cad(300_000), hidden(), cad(45_679))) });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      file: 'funding-programs/p.yaml',
      line: 9,
      column: 5,
      rule: 'inferable-redaction',
      severity: 'warning',
    });
    expect(found[0]!.message).toBe(
      'allocations[1].amount is redacted, but a reader can work it out as envelope ($1,000,000 per year) minus allocations[0].amount ($300,000 per year) and allocations[2].amount ($45,679 per year): redact them together, or publish allocations[1].amount',
    );
  });

  it('warns at a redacted envelope whose allocations are all public', () => {
    const [d, ...rest] = warnings({ p: program(`envelope: ${hidden()}`, ...allocations(cad(300_000), cad(354_321))) });
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ line: 4, column: 1 });
    expect(d!.message).toBe(
      'envelope is redacted, but a reader can work it out as the sum of allocations[0].amount ($300,000 per year) and allocations[1].amount ($354,321 per year): redact them together, or publish envelope',
    );
  });

  it('says that approximate amounts still give away the order of magnitude', () => {
    const [d] = warnings({ p: program(`envelope: ${cad(1_000_000, ', approximate: true')}`, ...allocations(hidden(), cad(300_000))) });
    expect(d!.message).toContain('approximately $1,000,000 per year');
    expect(d!.message).toContain('an approximation of a redacted amount still gives away its order of magnitude');
  });

  it('does not warn when two amounts of the sum are redacted', () => {
    expect(warnings({ p: program(`envelope: ${cad(1_000_000)}`, ...allocations(hidden(), hidden(), cad(300_000))) })).toEqual([]);
    expect(warnings({ p: program(`envelope: ${hidden()}`, ...allocations(hidden(), cad(300_000))) })).toEqual([]);
  });

  it('does not warn when everything is public, or when there is no envelope', () => {
    expect(warnings({ p: program(`envelope: ${cad(1_000_000)}`, ...allocations(cad(700_000), cad(300_000))) })).toEqual([]);
    expect(warnings({ p: program(...allocations(hidden(), cad(300_000))) })).toEqual([]);
  });

  it('compares only like with like: other currencies, periods or fiscal years are no sum', () => {
    expect(
      warnings({
        p: program(`envelope: ${cad(1_000_000)}`, ...allocations(hidden('USD'), '{ amount: 300000, currency: USD, period: per-year }')),
      }),
    ).toEqual([]);
    expect(
      warnings({
        p: program(`envelope: ${cad(1_000_000)}`, ...allocations(hidden(), '{ amount: 300000, currency: CAD, period: one-time }')),
      }),
    ).toEqual([]);
    const years = (fy: string) => `{ amount: 300000, currency: CAD, period: per-year, from: "${fy}" }`;
    expect(warnings({ p: program(`envelope: ${years('2019-20')}`, ...allocations(hidden(), years('2020-21'))) })).toEqual([]);
    expect(warnings({ p: program(`envelope: ${years('2019-20')}`, ...allocations(hidden(), cad(100_000))) })).toHaveLength(1);
  });

  it('does not warn when the public allocations exceed the envelope: they visibly do not add up to it', () => {
    expect(warnings({ p: program(`envelope: ${cad(100_000)}`, ...allocations(hidden(), cad(300_000))) })).toEqual([]);
  });
});

describe('an envelope and its recipients', () => {
  const recipients = (...amounts: (string | undefined)[]) => [
    'recipients:',
    ...amounts.flatMap((a) => [
      '  - to: { stakeholder: gamma }',
      '    purpose: { en: "Research", fr: "Recherche" }',
      ...(a ? [`    amount: ${a}`] : []),
    ]),
  ];

  it('warns at a redacted recipient amount that the envelope gives away', () => {
    const found = warnings({ p: program(`envelope: ${cad(500_000)}`, ...recipients(cad(100_000), hidden())) });
    expect(found.map((d) => [d.line, d.message.split(',')[0]])).toEqual([[11, 'recipients[1].amount is redacted']]);
  });

  it('counts a recipient without an amount as an unknown: the sum cannot be solved', () => {
    expect(warnings({ p: program(`envelope: ${cad(500_000)}`, ...recipients(cad(100_000), hidden(), undefined)) })).toEqual([]);
  });
});

describe('a parent program and its sub-programs', () => {
  const child = (envelope: string, parent = 'parent') => program(`parent: ${parent}`, `envelope: ${envelope}`);

  it('warns in the sub-program whose redacted envelope the parent and its siblings give away', () => {
    const found = warnings({ parent: program(`envelope: ${cad(1_000_000)}`), a: child(cad(345_679)), b: child(hidden()) });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'funding-programs/b.yaml', line: 5 });
    expect(found[0]!.message).toBe(
      'envelope is redacted, but a reader can work it out as envelope of funding-programs/parent ($1,000,000 per year) minus envelope of funding-programs/a ($345,679 per year): redact them together, or publish envelope',
    );
  });

  it('follows a chain: an envelope its sub-programs give away gives away a redacted allocation', () => {
    const found = warnings({
      parent: program(`envelope: ${hidden()}`, ...allocations(cad(100_000), hidden())),
      a: child(cad(400_000)),
      b: child(cad(254_321)),
    });
    expect(found.map((d) => d.line)).toEqual([4, 9]);
    expect(found[1]!.message).toContain('as envelope (which can itself be worked out) minus allocations[0].amount ($100,000 per year)');
  });

  it('leaves withheld sub-programs out of every sum, and never names them', () => {
    const withheld = program('classification: secret', 'parent: parent', `envelope: ${hidden()}`);
    expect(warnings({ parent: program(`envelope: ${cad(1_000_000)}`), a: child(cad(345_679)), covert: withheld })).toEqual([]);
    // The parent's redacted envelope is still given away (at least as a lower bound) by its one public sub-program.
    const found = warnings({ parent: program(`envelope: ${hidden()}`), a: child(cad(345_679)), covert: withheld });
    expect(found.map((d) => d.file)).toEqual(['funding-programs/parent.yaml']);
    expect(JSON.stringify(found)).not.toContain('covert');
  });

  it('puts a sub-program of a withheld parent in no sum', () => {
    const parent = program('redact: atia-15-1', `envelope: ${cad(1_000_000)}`);
    expect(warnings({ parent, a: child(cad(345_679)), b: child(hidden()) })).toEqual([]);
  });
});

describe('amounts to be determined and values not recorded', () => {
  it('reads an amount to be determined as an unknown: no sum to solve, no warning', () => {
    const tbd = '{ amount: tbd, currency: CAD, period: per-year }';
    expect(warnings({ p: program(`envelope: ${cad(1_000_000)}`, ...allocations(tbd, hidden())) })).toEqual([]);
  });

  it('warns at a value withheld and not recorded that the public amounts give away, like any redacted one', () => {
    const found = warnings({ p: program(`envelope: ${cad(1_000_000)}`, ...allocations(cad(300_000), '{ redact: atia-15-1 }')) });
    expect(found.map((d) => d.rule)).toEqual(['inferable-redaction']);
  });
});
