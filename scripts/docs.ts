/** `npm run docs`: regenerates the references of src/guides/editors.md (src/tooling/docs.ts). */
import { runCommand } from '../src/build/args.ts';
import { docsMain } from '../src/tooling/docs.ts';

await runCommand(docsMain);
