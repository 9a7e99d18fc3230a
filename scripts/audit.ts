/** `npm run audit [-- --dir dist] [--verbose]`: the leak audit over a built public edition (src/tooling/audit-cli.ts). */
import { runCommand } from '../src/build/args.ts';
import { auditMain } from '../src/tooling/audit-cli.ts';

await runCommand(auditMain);
