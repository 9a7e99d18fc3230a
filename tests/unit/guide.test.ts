/**
 * The editors' guide documents every field from the schemas' JSDoc and every rule of the error
 * catalogue; this test fails when a schema or the catalogue changed and `npm run docs` was not run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSchemaDocs } from '../../src/lib/schema-docs.ts';
import { fillSection, renderErrorReference, renderFieldReference } from '../../src/lib/guide.ts';
import { errorCatalogue } from '../../src/lib/error-catalogue.ts';

const guide = fs.readFileSync(path.resolve(import.meta.dirname, '../../src/guides/editors.md'), 'utf8');

describe('the editors’ guide', () => {
  it('is up to date with the schemas and the error catalogue (run npm run docs)', () => {
    expect(fillSection(fillSection(guide, 'fields', renderFieldReference(readSchemaDocs())), 'errors', renderErrorReference())).toBe(guide);
  });

  it('documents every field of every schema with a JSDoc line', () => {
    const undocumented = [...readSchemaDocs().values()].flatMap((schema) => schema.fields.filter((f) => !f.doc).map((f) => `${schema.name}.${f.path}`));
    expect(undocumented).toEqual([]);
  });

  it('explains every rule of the catalogue', () => {
    for (const rule of Object.keys(errorCatalogue)) expect(guide).toContain(`#### \`${rule}\``);
  });
});
