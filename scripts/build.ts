/**
 * `npm run build` (public edition into dist/) and `npm run build:internal` (dist-internal/).
 * `--strict` makes every warning of the redact pass an error (for the public edition these include
 * the inference warnings, src/redaction/inference.ts); any other flag is refused, exit code 2.
 *
 *   redact pass → Astro build into a staging directory → Pagefind → leak audit (public)
 *   → swap the staging directory into place.
 *
 * A failure at any stage removes the staging directory (Astro leaves raw entries in
 * `.prerender/` when page generation throws) and leaves the previous output untouched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { applyBuildFlags } from '../src/build/args.ts';
import { printDiagnostics, bold, green, red } from '../src/build/report.ts';

// `--edition` becomes BINDER_EDITION before edition.ts is read; `--strict` makes warnings errors.
const flags = applyBuildFlags();
// A department's build sends nothing anywhere: Astro's anonymous telemetry is off unless asked for.
process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
const { readEdition, editionPaths, sourcesDir } = await import('../src/redaction/edition.ts');
const { prepareEdition } = await import('../src/redaction/prepare.ts');
const { DiagnosticsError, displayPath, forLog } = await import('../src/diagnostics/diagnostic.ts');
const { indexSite } = await import('../src/features/search/pagefind.ts');
const { mergeScans } = await import('../src/audit/audit.ts');
const { startAudit } = await import('../src/audit/process.ts');
const { formatHits } = await import('../src/audit/report.ts');
const { countPages, describeAstroError } = await import('../src/build/summary.ts');
const { withLock } = await import('../src/build/lock.ts');
const { pageSlugs } = await import('../src/core/routes.ts');

const root = process.cwd();
const edition = readEdition();
const paths = editionPaths(edition, root);
const started = performance.now();
const log = (line: string) => process.stdout.write(`${line}\n`);
const stages: [string, number][] = [];
let stageStart = performance.now();
const stage = (name: string) => {
  const now = performance.now();
  stages.push([name, now - stageStart]);
  stageStart = now;
};
const shown = (p: string) => displayPath(p, root);

let auditor: ReturnType<typeof startAudit> | undefined;
function fail(message: string): never {
  auditor?.close();
  fs.rmSync(paths.staging, { recursive: true, force: true });
  process.stderr.write(`\n${red('Build failed.')} ${message}\n${shown(paths.out)}/ was not changed.\n`);
  process.exit(1);
}

log(bold(`Binder: building the ${edition} edition`));

// 1. Redact pass: check the sources and write this edition's copy of content/.
let prepared;
try {
  prepared = prepareEdition(root, edition);
} catch (error) {
  if (error instanceof DiagnosticsError) {
    printDiagnostics(forLog(error.diagnostics, edition));
    fail('Fix the problems above and build again.');
  }
  throw error;
}
if (prepared.warnings.length && flags.strict) {
  printDiagnostics(forLog(prepared.warnings, edition).map((d) => ({ ...d, severity: 'error' as const })));
  fail('--strict makes warnings errors: fix them, or build without --strict.');
}
// A public build's log is safe to publish: withheld entries' files are not named (forLog).
if (prepared.warnings.length) printDiagnostics(forLog(prepared.warnings, edition));
stage('check and redact');

// 2. Astro, into a staging directory.
fs.rmSync(paths.staging, { recursive: true, force: true });
process.env['BINDER_PREPARED'] = edition;
const { build } = await import('astro');
try {
  // Astro's own log is silent: Binder reports what went wrong, in the editor's terms, below.
  await withLock(
    path.join(root, '.astro', 'binder-build.lock'),
    () => build({ root, logLevel: process.env['BINDER_VERBOSE'] ? 'info' : 'silent' }),
    () => log('  waiting for another build of this checkout to finish…'),
  );
} catch (error) {
  process.stderr.write(`${describeAstroError(error, { copy: prepared.contentDir, sources: sourcesDir(root), root })}\n`);
  if (process.env['BINDER_VERBOSE']) process.stderr.write(`${(error as Error).stack ?? ''}\n`);
  fail('Astro could not render the site (set BINDER_VERBOSE=1 for details).');
}
fs.rmSync(path.join(paths.staging, '.prerender'), { recursive: true, force: true });
stage('astro');

// 3 and 4. Search index, and the leak audit (public edition only: the internal one shows
// everything by design). Pagefind and the audit each run in a process of their own: the audit,
// which reads the sources on its own, plans its search and reads the pages while Pagefind
// indexes them, then reads Pagefind's files. The printable binders repeat every page in one
// file, and are not indexed: Pagefind skips them.
const settle = <T>(promise: Promise<T>) => promise.then((value) => ({ value }), (error: Error) => ({ error }));
auditor = edition === 'public' ? startAudit(sourcesDir(root)) : undefined;
const pagesAudit = auditor && settle(auditor.scan(paths.staging, 'pages'));
const search = await settle(indexSite(paths.staging, [`en/${pageSlugs.en.print}`, `fr/${pageSlugs.fr.print}`]));
if ('error' in search) fail(`Pagefind could not index the site: ${search.error.message}`);
stage('search index');
let audit;
if (auditor && pagesAudit) {
  const scans = [await pagesAudit, await settle(auditor.scan(paths.staging, 'pagefind'))];
  auditor.close();
  for (const scan of scans) if ('error' in scan) fail(`The audit could not run: ${scan.error.message}`);
  audit = mergeScans(scans.map((scan) => ('value' in scan ? scan.value : undefined)!));
  if (audit.hits.length) {
    // Safe to publish: where the editor wrote it and an output file, never the secret (report.ts).
    const leaks = formatHits(audit.hits, shown(paths.out));
    for (const line of leaks) process.stderr.write(`${red('leak')}  ${line}\n`);
    fail(`The audit found withheld text in the output (${leaks.length} place${leaks.length === 1 ? '' : 's'} above).`);
  }
  stage('audit');
}

// 5. Swap into place.
const old = `${paths.out}.old`;
fs.rmSync(old, { recursive: true, force: true });
if (fs.existsSync(paths.out)) fs.renameSync(paths.out, old);
fs.renameSync(paths.staging, paths.out);
fs.rmSync(old, { recursive: true, force: true });

// 6. Summary.
const pages = countPages(paths.out);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const register = prepared.copy.register;
const passages = Object.values(register.totals).reduce((a, b) => a + b, 0);
log(`${green('✓')} ${edition} edition in ${shown(paths.out)}/ (${seconds} s)`);
log(`  pages        ${pages.en} English, ${pages.fr} French, ${pages.other} other`);
log(`  redactions   ${passages} passage${passages === 1 ? '' : 's'} and fields ${edition === 'public' ? `replaced by markers (${prepared.copy.redactionsApplied} edits)` : 'shown, marked'}`);
log(`  withheld     ${prepared.copy.withheld.length} entr${prepared.copy.withheld.length === 1 ? 'y' : 'ies'} ${edition === 'public' ? 'left out' : 'shown with classification banners'}`);
log(`  search       ${search.value.records} records (${search.value.languages.join(', ')})`);
if (audit) {
  log(`  audit        ${audit.needlesChecked} checks over ${audit.filesScanned} files: no leak${audit.notCheckable.length ? ` (${audit.notCheckable.length} short passage${audit.notCheckable.length === 1 ? '' : 's'} also public elsewhere, not checkable; see npm run audit -- --verbose)` : ''}`);
}
log(`  time         ${stages.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(' · ')}`);
// Astro and Pagefind may leave handles open (file watchers, the Pagefind service): the build is done.
process.exit(0);
