/**
 * The canary binder's person with a redacted title, and its statistic with a withheld value and
 * source: the public copy holds the markers, the internal one the values; the register counts the
 * title on the person's row, and the statistic in a row of its own that names no statistic.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBinder } from './load.ts';
import { redactBinder } from './redact.ts';
import { copyDataItems, type DataItems } from './data-collections.ts';
import type { Statistic } from '../schemas/statistic.ts';
import type { YamlSource } from './yaml-source.ts';

const fixture = path.resolve(import.meta.dirname, '../../tests/fixtures/canary/content');
const loaded = loadBinder(fixture);
const copies = { public: redactBinder(loaded, { edition: 'public' }), internal: redactBinder(loaded, { edition: 'internal' }) };
const covert = (edition: 'public' | 'internal') =>
  JSON.parse(copies[edition].files.get('people/canary-covert.json') as string) as { titles: { title: unknown }[] };

describe('a person’s redacted title', () => {
  it('is the marker in the public copy and the title as written in the internal one', () => {
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(covert('public').titles.map((t) => t.title)).toEqual([
      { redacted: ['atia-19-1'] },
      { en: 'Policy Analyst', fr: 'analyste des politiques' },
    ]);
    expect(JSON.stringify(covert('public'))).not.toMatch(/canary/i);
    expect(JSON.stringify(covert('internal').titles[0])).toContain('CanaryCovertTitlefem');
  });

  it('counts on the person’s row of the register, in both editions', () => {
    for (const copy of Object.values(copies)) {
      expect(copy.register.rows.find((r) => r.id === 'canary-covert')?.counts).toEqual({ 'atia-19-1': 1 });
    }
  });
});

describe('a withheld statistic', () => {
  it('counts once per marker in the register’s statistics row, in both editions, under no id', () => {
    for (const copy of Object.values(copies)) {
      expect(copy.register.statistics).toEqual({ 'atia-15-1': 1 });
      const register = copy.files.get('_register.json') as string;
      expect(register).not.toMatch(/withheld-count|Claims under review|987123/);
    }
  });

  it('is the marker in the public copy, a value not recorded too', () => {
    expect(copies.public.files.get('_statistics.json')).not.toMatch(/987123|canary/i);
    const yaml = {
      data: { label: { en: 'L', fr: 'L' }, value: { redact: 'atia-15-1' }, source: { en: 'S', fr: 'S' } },
    } as unknown as YamlSource;
    const items: DataItems = { statistics: new Map([['s', { yaml, data: {} as Statistic }]]), legislation: new Map() };
    const files = new Map<string, string | Buffer>();
    expect(copyDataItems(items, true, files)).toBe(1);
    expect((JSON.parse(files.get('_statistics.json') as string) as { s: { value: unknown } }).s.value).toEqual({ redacted: ['atia-15-1'] });
  });
});
