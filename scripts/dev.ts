/** `npm run dev [-- --port 4321]`: the internal edition, rebuilt on every save (src/tooling/dev.ts). */
import { runCommand } from '../src/build/args.ts';
import { devMain } from '../src/tooling/dev.ts';

await runCommand(devMain);
