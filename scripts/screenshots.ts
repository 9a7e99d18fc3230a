/** `npm run screenshots [-- --out DIR] [--pdf DIR]`: the README's pictures of the built demo (src/tooling/screenshots.ts). */
import { runCommand } from '../src/build/args.ts';
import { screenshotsMain } from '../src/tooling/screenshots.ts';

await runCommand(screenshotsMain);
