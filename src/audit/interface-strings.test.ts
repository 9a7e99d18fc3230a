/**
 * The audit counts Binder's own interface text as public (a passage that repeats "Key messages" is
 * not a leak), and the French typography test reads the same list: a strings table left out of it
 * would be neither. Every strings module of src/site/i18n/ and of each feature must be listed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { interfaceStrings } from './audit.ts';

const src = path.resolve(import.meta.dirname, '..');
const stringModules = [
  ...fs.readdirSync(path.join(src, 'features')).map((feature) => path.join(src, 'features', feature, 'strings.ts')),
  ...fs.readdirSync(path.join(src, 'site/i18n')).map((name) => path.join(src, 'site/i18n', name)),
  path.join(src, 'core/format-strings.ts'),
].filter((file) => /strings\.ts$/.test(file) && fs.existsSync(file));

describe("the audit's interface strings", () => {
  it('list every strings table of the site, of formatting and of each feature', async () => {
    const listed = new Set<unknown>(Object.values(interfaceStrings));
    const missing: string[] = [];
    for (const file of stringModules) {
      const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) {
        if (name.endsWith('Strings') && value && typeof value === 'object' && !listed.has(value))
          missing.push(`${path.relative(src, file)}: ${name}`);
      }
    }
    expect(stringModules.length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });
});
