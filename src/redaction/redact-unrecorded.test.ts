/**
 * `{ redact }` without a value (withheld, not recorded): the public copy holds the marker, the
 * internal copy the field as written, and the register counts it in both, like any redacted value.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBinder } from './load.ts';
import { redactBinder } from './redact.ts';

const fixture = path.resolve(import.meta.dirname, '../../tests/fixtures/canary/content');
const loaded = loadBinder(fixture);

/** The agenda of the canary forum's working session, in an edition's copy. */
function agenda(edition: 'public' | 'internal') {
  const copy = redactBinder(loaded, { edition });
  const alpha = JSON.parse(copy.files.get('forums/alpha.json') as string) as { meetings: { title?: { en: string }; agenda?: unknown[] }[] };
  const row = copy.register.rows.find((r) => r.collection === 'forums' && r.id === 'alpha');
  return { items: alpha.meetings.find((m) => m.title?.en === 'Alpha working session')?.agenda, count: row?.counts['atia-15-1'] ?? 0 };
}

describe('a value withheld and not recorded', () => {
  it('becomes the marker in the public copy, and stays as written in the internal one', () => {
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(agenda('public').items?.[2]).toEqual({ redacted: ['atia-15-1'] });
    expect(agenda('internal').items?.[2]).toEqual({ redact: 'atia-15-1' });
  });

  it('is counted in the register the same in both editions', () => {
    expect(agenda('public').count).toBe(agenda('internal').count);
    expect(agenda('public').count).toBeGreaterThanOrEqual(4);
  });
});
