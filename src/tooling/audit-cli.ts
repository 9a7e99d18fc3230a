/**
 * `npm run audit [-- --dir dist] [--verbose]`: scans a built public edition for every redacted
 * passage and withheld entry of the sources. Runs at the end of `npm run build` too.
 */
import path from 'node:path';
import { auditOutput } from '../audit/audit.ts';
import { formatHits } from '../audit/report.ts';
import { sourcesDir, editionPaths } from '../redaction/edition.ts';
import { parseCommand } from '../build/args.ts';
import { green, plural, red, yellow } from '../build/report.ts';

export const auditCommand = {
  name: 'npm run audit',
  takes: '--dir DIR and --verbose',
  options: { dir: { type: 'string' }, verbose: { type: 'boolean' } },
} as const;

export function auditMain(argv: string[]): number {
  const { values } = parseCommand(auditCommand, argv);
  const root = process.cwd();
  const dir = values.dir ? path.resolve(root, values.dir) : editionPaths('public', root).out;
  const shown = path.relative(root, dir);
  const result = auditOutput(sourcesDir(root), dir);
  if (result.filesScanned === 0) {
    process.stderr.write(`${red('No output to audit')} in ${shown}/: run npm run build first.\n`);
    return 1;
  }
  const leaks = formatHits(result.hits, shown);
  for (const line of leaks) process.stderr.write(`${red('leak')}  ${line}\n`);
  if (values.verbose) {
    for (const n of result.notCheckable)
      process.stdout.write(`${yellow('not checkable')}  ${n.origin}: also appears unredacted in the public sources\n`);
  }
  if (leaks.length) {
    process.stderr.write(`\n${red(plural(leaks.length, 'leak'))} in ${shown}/\n`);
    return 1;
  }
  process.stdout.write(`${green('✓')} no leak: ${result.needlesChecked} checks over ${result.filesScanned} files in ${shown}/\n`);
  return 0;
}
