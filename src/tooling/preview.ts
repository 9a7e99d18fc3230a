/**
 * `npm run preview` serves the built public edition (dist/); `npm run preview:internal` serves
 * dist-internal/. Build first.
 */
import fs from 'node:fs';
import { applyEdition, editionValue, parseCommand, wholeNumber } from '../build/args.ts';

export const previewCommand = {
  name: 'npm run preview',
  takes: '--edition public|internal, --port N and --host NAME',
  options: { edition: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } },
} as const;

export async function previewMain(argv: string[]): Promise<number | void> {
  const { values } = parseCommand(previewCommand, argv);
  applyEdition(editionValue(values.edition));
  const port = wholeNumber('port', values.port, 4321);
  // A department's build sends nothing anywhere: Astro's anonymous telemetry is off unless asked for.
  process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
  const { readEdition, editionPaths } = await import('../redaction/edition.ts');
  const edition = readEdition();
  const out = editionPaths(edition).out;
  if (!fs.existsSync(out)) {
    process.stderr.write(`There is no ${edition} build yet: run npm run build${edition === 'internal' ? ':internal' : ''} first.\n`);
    return 1;
  }
  process.env['BINDER_PREPARED'] = edition; // Serving files only: no need to run the redact pass again.
  const { preview } = await import('astro');
  await preview({ root: process.cwd(), outDir: out, server: { port, host: values.host || 'localhost' }, logLevel: 'warn' });
  process.stdout.write(`Serving ${edition} edition from ${out} at http://localhost:${port}/\n`);
}
