/** `npm run check`: every problem of the binder's sources at once, without building (src/tooling/check.ts). */
import { runCommand } from '../src/build/args.ts';
import { checkMain } from '../src/tooling/check.ts';

await runCommand(checkMain);
