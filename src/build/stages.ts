/**
 * The stages of a build (src/build/pipeline.ts runs them in order). Each throws a BuildFailure
 * with log-safe lines; none removes the staging directory (the pipeline does, whatever failed).
 */
import fs from 'node:fs';
import path from 'node:path';
import { sourcesDir, type Edition, type editionPaths } from '../redaction/edition.ts';
import { prepareEdition, type Prepared } from '../redaction/prepare.ts';
import { DiagnosticsError, forLog } from '../diagnostics/diagnostic.ts';
import { indexSite } from '../features/search/pagefind.ts';
import { mergeScans } from '../audit/audit.ts';
import { startAudit } from '../audit/process.ts';
import { formatHits } from '../audit/report.ts';
import type { ScanResult } from '../audit/scan.ts';
import { pageSlugs } from '../core/routes.ts';
import { diagnosticLines, plural, red, type Log } from './report.ts';
import { BuildFailure } from './failure.ts';
import { describeAstroError } from './summary.ts';
import { withLock } from './lock.ts';
import { buildJobs, countBodies, runShards, stopShards, type Prestarted } from './shard-runner.ts';
import type { StageTimer } from './pipeline.ts';

export interface Context {
  root: string;
  edition: Edition;
  paths: ReturnType<typeof editionPaths>;
  log: Log;
  strict: boolean;
  verbose: boolean;
  /** The output directory as the log shows it. */
  shownOut: string;
}

/** 1. The redact pass: check the sources and write this edition's copy of content/. */
export function redactStage({ root, edition, strict, log }: Context): Prepared {
  let prepared: Prepared;
  try {
    prepared = prepareEdition(root, edition);
  } catch (error) {
    if (!(error instanceof DiagnosticsError)) throw error;
    throw new BuildFailure('sources', 'Fix the problems above and build again.', diagnosticLines(forLog(error.diagnostics, edition)));
  }
  // A public build's log is safe to publish: withheld entries' files are not named (forLog).
  const warnings = forLog(prepared.warnings, edition);
  if (warnings.length && strict) {
    const errors = warnings.map((d) => ({ ...d, severity: 'error' as const }));
    throw new BuildFailure('strict', '--strict makes warnings errors: fix them, or build without --strict.', diagnosticLines(errors));
  }
  for (const line of diagnosticLines(warnings)) log.err(line);
  return prepared;
}

/**
 * 2. Astro, into the staging directory, one build of the checkout at a time: in one process when
 * BINDER_JOBS is 1 (or unset for a small binder), else in that many shards run in parallel and
 * merged (src/build/shard-runner.ts), those forked before the pass (`prestarted`) when they fit.
 */
export async function astroStage(context: Context, prepared: Prepared, prestarted?: Prestarted): Promise<void> {
  const { root, edition, paths, log, verbose } = context;
  let jobs: number;
  try {
    jobs = buildJobs(process.env, undefined, countBodies(prepared.contentDir));
  } catch (error) {
    throw new BuildFailure('astro', `${(error as Error).message}.`);
  }
  if (jobs === 1) stopShards(prestarted);
  fs.rmSync(paths.staging, { recursive: true, force: true });
  // The copy is written: the integration must not run the redact pass again.
  process.env['BINDER_PREPARED'] = edition;
  // A department's build sends nothing anywhere: Astro's anonymous telemetry is off unless asked for.
  process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
  const single = async () => (await import('astro')).build({ root, logLevel: verbose ? 'info' : 'silent' });
  try {
    // Astro's own log is silent: Binder reports what went wrong, in the editor's terms.
    await withLock(
      path.join(root, '.astro', 'binder-build.lock'),
      () => (jobs > 1 ? runShards(context, prepared.contentDir, sourcesDir(root), jobs, prestarted) : single()),
      () => log.out('  waiting for another build of this checkout to finish…'),
    );
  } catch (error) {
    if (error instanceof BuildFailure) throw error;
    const described = describeAstroError(error, { copy: prepared.contentDir, sources: sourcesDir(root), root });
    const lines = verbose ? [described, (error as Error).stack ?? ''] : [described];
    throw new BuildFailure('astro', 'Astro could not render the site (set BINDER_VERBOSE=1 for details).', lines);
  }
  fs.rmSync(path.join(paths.staging, '.prerender'), { recursive: true, force: true });
}

type Settled<T> = { value: T } | { error: Error };
const settle = <T>(promise: Promise<T>): Promise<Settled<T>> =>
  promise.then(
    (value) => ({ value }),
    (error: Error) => ({ error }),
  );

/**
 * 3 and 4. The search index, and the leak audit (public edition only: the internal one shows
 * everything by design). Pagefind and the audit each run in a process of their own: the audit,
 * which reads the sources on its own, plans its search and reads the pages while Pagefind
 * indexes them, then reads Pagefind's files. The printable binders repeat every page in one
 * file, and are not indexed: Pagefind skips them.
 */
export async function indexAndAuditStage(
  context: Context,
  timer: StageTimer,
): Promise<{ search: { records: number; languages: string[] }; audit?: ScanResult }> {
  const { staging } = context.paths;
  const auditor = context.edition === 'public' ? startAudit(sourcesDir(context.root)) : undefined;
  try {
    const pagesAudit = auditor && settle(auditor.scan(staging, 'pages'));
    const search = await settle(indexSite(staging, [`en/${pageSlugs.en.print}`, `fr/${pageSlugs.fr.print}`]));
    if ('error' in search) throw new BuildFailure('search', `Pagefind could not index the site: ${search.error.message}`);
    timer.done('search index');
    if (!auditor || !pagesAudit) return { search: search.value };
    const audit = checkAudit([await pagesAudit, await settle(auditor.scan(staging, 'pagefind'))], context.shownOut);
    timer.done('audit');
    return { search: search.value, audit };
  } finally {
    auditor?.close();
  }
}

/** The audit's scans, merged; a failure if one could not run or any found withheld text. */
function checkAudit(scans: Settled<ScanResult>[], shownOut: string): ScanResult {
  const results = scans.map((scan) => {
    if ('error' in scan) throw new BuildFailure('audit', `The audit could not run: ${scan.error.message}`);
    return scan.value;
  });
  const audit = mergeScans(results);
  if (audit.hits.length === 0) return audit;
  // Safe to publish: where the editor wrote it and an output file, never the secret (audit/report.ts).
  const leaks = formatHits(audit.hits, shownOut);
  throw new BuildFailure(
    'leak',
    `The audit found withheld text in the output (${plural(leaks.length, 'place')} above).`,
    leaks.map((line) => `${red('leak')}  ${line}`),
  );
}

/** The previous outputs being removed in the background (swapIntoPlace), until they are gone. */
const retiring = new Set<Promise<void>>();

/**
 * 5. The staging directory replaces the output: two renames, so the output is never half written.
 * The previous output, renamed aside (`dist.old-<pid>`), is removed in the background, off the
 * critical path (the summary does not wait for it; `outputsRemoved` does, before the process
 * exits), with whatever an interrupted build left aside (`dist.old…`). A crash meanwhile loses
 * nothing: the new output is already in place, and the next build removes what is left.
 */
export function swapIntoPlace(paths: { staging: string; out: string }): void {
  const aside = `${paths.out}.old-${process.pid}`;
  fs.rmSync(aside, { recursive: true, force: true });
  if (fs.existsSync(paths.out)) fs.renameSync(paths.out, aside);
  fs.renameSync(paths.staging, paths.out);
  const name = path.basename(paths.out);
  const parent = path.dirname(paths.out);
  for (const leftover of fs.readdirSync(parent).filter((n) => n === `${name}.old` || n.startsWith(`${name}.old-`))) {
    // A removal that fails leaves the folder to the next build's sweep; the build itself succeeded.
    const removal = removeTree(path.join(parent, leftover))
      .catch(() => undefined)
      .finally(() => retiring.delete(removal));
    retiring.add(removal);
  }
}

/** Resolves once every previous output swapIntoPlace set aside is removed. */
export async function outputsRemoved(): Promise<void> {
  while (retiring.size) await Promise.all(retiring);
}

/** Removes a directory tree, its top-level entries in parallel (on libuv's threads, not the main one). */
async function removeTree(dir: string): Promise<void> {
  const entries = await fs.promises.readdir(dir).catch(() => []);
  await Promise.all(entries.map((entry) => fs.promises.rm(path.join(dir, entry), { recursive: true, force: true })));
  await fs.promises.rm(dir, { recursive: true, force: true });
}
