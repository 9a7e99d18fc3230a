/** `npm run pdf [-- --edition public|internal] [--out dist-pdf]`: the binder as audited, marked PDFs (src/tooling/pdf-cli.ts). */
import { runCommand } from '../src/build/args.ts';
import { pdfMain } from '../src/tooling/pdf-cli.ts';

await runCommand(pdfMain);
