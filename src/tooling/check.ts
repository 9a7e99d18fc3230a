/**
 * `npm run check`: validates the whole binder without building the site, and reports every
 * problem at once as `file:line:column  severity  rule  message`. Exit 1 on errors; warnings
 * (among them the public edition's inference and personal-information warnings) are printed and do not change the exit code.
 */
import { performance } from 'node:perf_hooks';
import { loadBinder } from '../redaction/load.ts';
import { inferenceWarnings } from '../redaction/inference.ts';
import { piiWarnings } from '../redaction/pii.ts';
import { placeholderDiagnostics } from '../redaction/placeholders.ts';
import { sourcesDir } from '../redaction/edition.ts';
import { sortDiagnostics } from '../diagnostics/diagnostic.ts';
import { parseCommand } from '../build/args.ts';
import { printDiagnostics, green } from '../build/report.ts';

export const checkCommand = { name: 'npm run check', takes: 'no options', options: {} };

export function checkMain(argv: string[]): number {
  parseCommand(checkCommand, argv);
  const started = performance.now();
  const loaded = loadBinder(sourcesDir());
  const valid = !loaded.diagnostics.some((d) => d.severity === 'error');
  // Redacted amounts the public edition's other amounts give away: warnings, which do not fail the
  // check (`npm run build -- --strict` fails on them). Only once the binder is valid: a program that
  // failed to load would be missing from its parent's sum and make the sum look solvable. What looks
  // like personal information in public text warns too, naming its kind and place, never the value.
  // Placeholders (TODO, À FAIRE…) warn here, even where a public build would refuse them.
  const placeholders = placeholderDiagnostics(loaded, 'editors');
  const diagnostics = sortDiagnostics([
    ...(valid ? [...loaded.diagnostics, ...inferenceWarnings(loaded), ...piiWarnings(loaded)] : loaded.diagnostics),
    ...placeholders,
  ]);
  printDiagnostics(diagnostics, process.stdout);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const ms = Math.round(performance.now() - started);
  if (errors === 0) {
    const withheld = loaded.entries.filter((e) => e.withheld).length;
    process.stdout.write(
      `${green('✓')} ${loaded.entries.length} entries, ${loaded.markers.size} redaction markers checked in ${ms} ms (${withheld} withheld from the public edition)\n`,
    );
  }
  return errors ? 1 : 0;
}
