/**
 * Every diagnostic comes from the catalogue: no module of src/ outside src/diagnostics/catalogue/
 * writes a diagnostic's `message:` or `hint:` as a string. Call sites pass parameters to
 * report.ts, so a message is worded once, documented in the guide, and reviewed for what it may
 * quote (never a redacted passage or value, never a withheld entry).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('call sites pass parameters, never prose', () => {
  const src = path.resolve(import.meta.dirname, '..');
  const files = (fs.readdirSync(src, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => /\.(ts|astro)$/.test(f) && !/\.test\.ts$/.test(f));
  // Zod issues in schemas/ are Zod's messages (worded for a field by zod-issues.ts), not diagnostics.
  const exempt = (f: string) => f.startsWith('diagnostics/catalogue/') || f.startsWith('schemas/');
  const literal = /\b(?:message|hint)\s*:\s*['"`]/;

  it('no module outside the catalogue writes a message: or hint: string', () => {
    const offenders = files
      .filter((f) => !exempt(f))
      .flatMap((f) =>
        fs
          .readFileSync(path.join(src, f), 'utf8')
          .split('\n')
          .flatMap((line, i) => (literal.test(line) ? [`src/${f}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(offenders).toEqual([]);
  });

  it('the grep finds what it looks for', () => {
    expect(literal.test("    message: 'this file is empty',")).toBe(true);
    expect(literal.test('hint: `did you mean ${x}?`')).toBe(true);
    expect(literal.test('message: entry.message(params)')).toBe(false);
  });
});
