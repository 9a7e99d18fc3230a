/** `npm run preview [-- --edition internal] [--port N] [--host NAME]`: serves a built edition (src/tooling/preview.ts). */
import { runCommand } from '../src/build/args.ts';
import { previewMain } from '../src/tooling/preview.ts';

await runCommand(previewMain);
