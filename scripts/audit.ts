/**
 * `npm run audit [-- --dir dist] [--verbose]`: scans a built public edition for every redacted
 * passage and withheld entry of the sources. Runs at the end of `npm run build` too.
 */
import path from 'node:path';
import { auditOutput } from '../src/audit/audit.ts';
import { formatHits } from '../src/audit/report.ts';
import { sourcesDir, editionPaths } from '../src/redaction/edition.ts';
import { flag } from '../src/build/args.ts';
import { green, red, yellow } from '../src/build/report.ts';

const root = process.cwd();
const dir = flag('dir') ? path.resolve(root, flag('dir')!) : editionPaths('public', root).out;
const verbose = process.argv.includes('--verbose');
const result = auditOutput(sourcesDir(root), dir);
if (result.filesScanned === 0) {
  process.stderr.write(`${red('No output to audit')} in ${path.relative(root, dir)}/: run npm run build first.\n`);
  process.exit(1);
}
const leaks = formatHits(result.hits, path.relative(root, dir));
for (const line of leaks) process.stderr.write(`${red('leak')}  ${line}\n`);
if (verbose) {
  for (const n of result.notCheckable) process.stdout.write(`${yellow('not checkable')}  ${n.origin}: also appears unredacted in the public sources\n`);
}
if (leaks.length) {
  process.stderr.write(`\n${red(`${leaks.length} leak${leaks.length === 1 ? '' : 's'}`)} in ${path.relative(root, dir)}/\n`);
  process.exit(1);
}
process.stdout.write(`${green('✓')} no leak: ${result.needlesChecked} checks over ${result.filesScanned} files in ${path.relative(root, dir)}/\n`);
