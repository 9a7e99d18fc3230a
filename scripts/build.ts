/** `npm run build [-- --edition internal] [--strict]`: src/build/build-cli.ts, src/build/pipeline.ts. */
import { runCommand } from '../src/build/args.ts';
import { buildMain } from '../src/build/build-cli.ts';

// Astro and Pagefind may leave handles open (file watchers, the Pagefind service): the build is done.
process.exit(await runCommand(buildMain));
