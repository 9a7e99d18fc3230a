/**
 * `npm run new -- <collection> "<Title>" [--id <id>] [--kind <kind>]`: writes
 * content/<collection>/<id>.yaml, <id>.en.mdx and <id>.fr.mdx, an entry to edit (for a note,
 * of the kind given: `--kind letter`). Refuses to overwrite anything.
 */
import fs from 'node:fs';
import path from 'node:path';
import { collectionAliases, scaffoldEntry, slugFromTitle } from './scaffold.ts';
import { isNoteKind } from './scaffold-kinds.ts';
import { noteKinds } from '../schemas/note-kinds.ts';
import { parseCommand } from '../build/args.ts';
import { sourcesDir } from '../redaction/edition.ts';
import { displayPath } from '../diagnostics/diagnostic.ts';

export const newCommand = {
  name: 'npm run new',
  takes: '<collection> "<Title>", --id <id> and, for a note, --kind <kind>',
  options: { id: { type: 'string' }, kind: { type: 'string' } },
  positionals: 2,
} as const;

const usage =
  'usage: npm run new -- <collection> "<Title>" [--id <id>] [--kind <kind>]\n' +
  '  collections: forums, stakeholders (organisations), funding-programs, notes\n' +
  '  example: npm run new -- forums "Regional Conference on Migration" --id rcm\n' +
  `  a note's kind: ${noteKinds.join(', ')} (default: briefing-note), e.g. npm run new -- note "PACP appearance" --kind committee-appearance\n` +
  '  The id is the file name and the address: lower case letters, digits and hyphens, made from the title unless --id is given.\n';

export function newMain(argv: string[]): number {
  const { values, positionals } = parseCommand(newCommand, argv);
  const [collectionArg, title] = positionals;
  const collection = collectionArg ? collectionAliases[collectionArg] : undefined;
  if (!collection || !title) {
    process.stderr.write(usage);
    return 2;
  }
  const id = values.id || slugFromTitle(title);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    process.stderr.write(`"${id}" cannot be an id: use lower case letters, digits and hyphens.\n`);
    return 2;
  }
  const kind = values.kind ?? 'briefing-note';
  if (!isNoteKind(kind) || (values.kind !== undefined && collection !== 'notes')) {
    process.stderr.write(`--kind is for notes, one of: ${noteKinds.join(', ')}.\n`);
    return 2;
  }
  const dir = path.join(sourcesDir(), collection);
  const files = scaffoldEntry(collection, title, new Date().toISOString().slice(0, 10), kind);
  const targets = [...files.keys()].map((suffix) => path.join(dir, `${id}${suffix}`));
  const existing = targets.filter((t) => fs.existsSync(t));
  if (existing.length) {
    process.stderr.write(
      `Nothing written: ${existing.map((t) => displayPath(t)).join(', ')} already exist${existing.length === 1 ? 's' : ''}. Choose another --id.\n`,
    );
    return 1;
  }
  fs.mkdirSync(dir, { recursive: true });
  for (const [suffix, text] of files) fs.writeFileSync(path.join(dir, `${id}${suffix}`), text);
  process.stdout.write(`Wrote ${targets.map((t) => displayPath(t)).join(', ')}.\nFill in the TODOs, then run npm run check.\n`);
  return 0;
}
