/** `npm run validate [-- dist dist-internal]`: links and HTML of built editions (src/tooling/validate.ts). */
import { runCommand } from '../src/build/args.ts';
import { validateMain } from '../src/tooling/validate.ts';

await runCommand(validateMain);
