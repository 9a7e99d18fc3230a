/**
 * `npm run docs`: regenerates the field and error references of src/guides/editors.md from the
 * schemas' JSDoc and the error catalogue. `npm test` fails when the guide is out of date.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readSchemaDocs } from './schema-docs.ts';
import { fillSection, renderErrorReference, renderFieldReference } from './guide.ts';
import { parseCommand } from '../build/args.ts';

export const docsCommand = { name: 'npm run docs', takes: 'no options', options: {} };

export function docsMain(argv: string[]): number {
  parseCommand(docsCommand, argv);
  const guide = path.resolve(import.meta.dirname, '../guides/editors.md');
  const current = fs.readFileSync(guide, 'utf8');
  const next = fillSection(fillSection(current, 'fields', renderFieldReference(readSchemaDocs())), 'errors', renderErrorReference());
  if (next !== current) {
    fs.writeFileSync(guide, next);
    process.stdout.write('src/guides/editors.md updated\n');
  } else process.stdout.write('src/guides/editors.md is up to date\n');
  return 0;
}
