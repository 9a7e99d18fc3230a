/**
 * The editors' guide documents every field from the schemas' JSDoc and every rule of the error
 * catalogue; this test fails when a schema or the catalogue changed and `npm run docs` was not run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSchemaDocs } from './schema-docs.ts';
import { fillSection, renderErrorReference, renderFieldReference } from './guide.ts';
import { errorCatalogue } from '../diagnostics/catalogue.ts';
import { fieldFacts, type JsonSchema } from './json-schema-fields.ts';
import { canadaRoleKinds } from '../schemas/forum.ts';
import { classifications } from '../schemas/classification.ts';
import { z } from 'astro/zod';

const guide = fs.readFileSync(path.resolve(import.meta.dirname, '../guides/editors.md'), 'utf8');

describe('the editors’ guide', () => {
  it('is up to date with the schemas and the error catalogue (run npm run docs)', () => {
    expect(fillSection(fillSection(guide, 'fields', renderFieldReference(readSchemaDocs())), 'errors', renderErrorReference())).toBe(guide);
  });

  it('documents every field of every schema with a JSDoc line', () => {
    const undocumented = [...readSchemaDocs().values()].flatMap((schema) =>
      schema.fields.filter((f) => !f.doc).map((f) => `${schema.name}.${f.path}`),
    );
    expect(undocumented).toEqual([]);
  });

  it('explains every rule of the catalogue', () => {
    for (const rule of Object.keys(errorCatalogue)) expect(guide).toContain(`#### \`${rule}\``);
  });
});

describe('the field reference', () => {
  const json = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

  it('reads required fields and allowed values from the schema that validates them', () => {
    const forum = readSchemaDocs().get('forumSchema')!;
    const field = (p: string) => forum.fields.find((f) => f.path === p)!;
    expect(field('name').required).toBe(true);
    expect(field('acronym').required).toBe(false);
    expect(field('members').required).toBe(false); // It has a default.
    expect(field('chair.current').required).toBe(true);
    expect(field('canadaRoles[].role').type).toBe(`one of: ${canadaRoleKinds.join(', ')}`);
    expect(field('classification').type).toBe(`one of: ${classifications.join(', ')} (default: unclassified)`);
  });

  it('finds fields inside unions (a redactable mapping) and lists, and lists of fixed values', () => {
    const schema = json(
      z.strictObject({
        contact: z.union([
          z.strictObject({ redacted: z.array(z.string()) }),
          z.strictObject({ name: z.string(), role: z.string().optional() }),
        ]),
        steps: z.array(z.strictObject({ kind: z.enum(['call', 'visit']) })).default([]),
        langs: z.array(z.literal(['en', 'fr'])).default(['en']),
      }),
    );
    expect(fieldFacts(schema, 'contact.name', 'z.string()')).toEqual({ required: true, type: 'z.string()' });
    expect(fieldFacts(schema, 'contact.role', 'z.string().optional()')).toEqual({ required: false, type: 'z.string().optional()' });
    expect(fieldFacts(schema, 'steps[]', 'list of mappings')).toEqual({ required: false, type: 'list of mappings' });
    expect(fieldFacts(schema, 'steps[].kind', 'z.enum(kinds)')).toEqual({ required: true, type: 'one of: call, visit' });
    expect(fieldFacts(schema, 'langs', 'z.array(languages)')).toEqual({
      required: false,
      type: 'list, each one of: en, fr (default: [en])',
    });
  });

  it('refuses to document a field the schema does not have', () => {
    const schema = json(z.strictObject({ name: z.string() }));
    expect(() => fieldFacts(schema, 'title', 'z.string()')).toThrow('the schema has no field title');
    expect(() => fieldFacts(schema, 'name[]', 'list of mappings')).toThrow('is not a list');
  });
});
