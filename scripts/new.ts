/** `npm run new -- <collection> "<Title>" [--id <id>]`: a new entry's three files (src/tooling/new-entry.ts). */
import { runCommand } from '../src/build/args.ts';
import { newMain } from '../src/tooling/new-entry.ts';

await runCommand(newMain);
