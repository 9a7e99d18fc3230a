/** `npm run build:all [-- --strict]`: both editions at once, one report (src/build/build-all.ts). */
import { runCommand } from '../src/build/args.ts';
import { buildAllMain } from '../src/build/build-all.ts';

process.exit(await runCommand(buildAllMain));
