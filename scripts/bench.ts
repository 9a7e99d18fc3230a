/** `npm run bench -- --pages N [--runs 3] [--starlight] [--dev] [--readme]`: Binder against a bare Astro site and Starlight (src/tooling/bench/cli.ts). */
import { runCommand } from '../src/build/args.ts';
import { benchMain } from '../src/tooling/bench/cli.ts';

process.exit(await runCommand(benchMain));
