/**
 * `npm run audit [-- --dir dist] [--verbose]`: scans a built public edition for every redacted
 * passage and withheld entry of the sources. Runs at the end of `npm run build` too.
 */
import path from 'node:path';
import { auditOutput } from '../src/audit/audit.ts';
import { sourcesDir, editionPaths } from '../src/redaction/edition.ts';
import { flag } from '../src/cli/args.ts';
import { green, red, yellow } from '../src/cli/report.ts';

const root = process.cwd();
const dir = flag('dir') ? path.resolve(root, flag('dir')!) : editionPaths('public', root).out;
const verbose = process.argv.includes('--verbose');
const result = auditOutput(sourcesDir(root), dir);
if (result.filesScanned === 0) {
  process.stderr.write(`${red('No output to audit')} in ${path.relative(root, dir)}/: run npm run build first.\n`);
  process.exit(1);
}
for (const h of result.hits) process.stderr.write(`${red('leak')}  ${path.relative(root, dir)}/${h.file}  ${h.form}: ${h.needle.kind} from ${h.needle.origin}\n`);
if (verbose) {
  for (const n of result.notCheckable) process.stdout.write(`${yellow('not checkable')}  ${n.origin}: also appears unredacted in the public sources\n`);
}
if (result.hits.length) {
  process.stderr.write(`\n${red(`${result.hits.length} leak${result.hits.length === 1 ? '' : 's'}`)} in ${path.relative(root, dir)}/\n`);
  process.exit(1);
}
process.stdout.write(`${green('✓')} no leak: ${result.needlesChecked} checks over ${result.filesScanned} files in ${path.relative(root, dir)}/\n`);
