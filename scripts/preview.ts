/**
 * `npm run preview` serves the built public edition (dist/); `npm run preview:internal` serves
 * dist-internal/. Build first.
 */
import fs from 'node:fs';
import { applyEditionFlag, flag } from '../src/build/args.ts';

applyEditionFlag();
// A department's build sends nothing anywhere: Astro's anonymous telemetry is off unless asked for.
process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
const { readEdition, editionPaths } = await import('../src/redaction/edition.ts');
const { preview } = await import('astro');
const edition = readEdition();
const out = editionPaths(edition).out;
if (!fs.existsSync(out)) {
  process.stderr.write(`There is no ${edition} build yet: run npm run build${edition === 'internal' ? ':internal' : ''} first.\n`);
  process.exit(1);
}
process.env['BINDER_PREPARED'] = edition; // Serving files only: no need to run the redact pass again.
const port = Number(flag('port') || 4321);
await preview({ root: process.cwd(), outDir: out, server: { port, host: flag('host') || 'localhost' }, logLevel: 'warn' });
process.stdout.write(`Serving ${edition} edition from ${out} at http://localhost:${port}/\n`);
