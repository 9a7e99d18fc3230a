/**
 * The build of one edition, as a function (`npm run build` and `npm run build:internal` call it;
 * tests import it):
 *
 *   (the shards forked, loading Astro meanwhile) redact pass → Astro build into a staging directory (under the checkout's lock; in BINDER_JOBS
 *   shards run in parallel and merged, src/build/shard-runner.ts) → Pagefind and the leak audit
 *   (public) in parallel → swap the staging directory into place (the previous output removed in
 *   the background: `outputsRemoved` resolves once it is gone).
 *
 * A failure at any stage throws a BuildFailure carrying log-safe lines, after removing the
 * staging directory (Astro leaves raw entries in `.prerender/` when page generation throws): the
 * previous output is left untouched. The edition is read from BINDER_EDITION by
 * src/redaction/edition.ts (the one decision point), never chosen here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { readEdition, editionPaths, sourcesDir, type Edition } from '../redaction/edition.ts';
import { displayPath } from '../diagnostics/diagnostic.ts';
import { consoleLog, bold, type Log } from './report.ts';
import { BuildFailure } from './failure.ts';
import { redactStage, astroStage, indexAndAuditStage, swapIntoPlace, type Context } from './stages.ts';
import { countPages } from './summary.ts';
import { prestartShards, stopShards } from './shard-runner.ts';
import type { ScanResult } from '../audit/scan.ts';

export { BuildFailure, type FailureReason } from './failure.ts';
export { outputsRemoved } from './stages.ts';

export interface BuildOptions {
  /** The project: Astro's config and content layer read the working directory, so it must be that. */
  root: string;
  /** The edition the caller expects; BINDER_EDITION decides, and a mismatch is refused. */
  edition?: Edition;
  /** Warnings of the redact pass become errors (the public edition's inference warnings among them). */
  strict?: boolean;
  /** Astro's own log and stack traces shown (default: BINDER_VERBOSE). */
  verbose?: boolean;
  log?: Log;
}

export interface BuildSummary {
  edition: Edition;
  /** The published directory (dist/ or dist-internal/), absolute. */
  outDir: string;
  pages: { en: number; fr: number; other: number };
  seconds: number;
  /** Redacted passages and fields, over the whole binder. */
  passages: number;
  /** Edits the public copy made to replace them (0 in the internal edition). */
  redactionsApplied: number;
  withheld: number;
  search: { records: number; languages: string[] };
  /** The leak audit's result (public edition only). */
  audit?: ScanResult;
  /** Each stage's time, in milliseconds, in order. */
  stages: [string, number][];
}

/** Builds the edition BINDER_EDITION selects into its output directory; throws a BuildFailure on any failure. */
export async function buildEdition(options: BuildOptions): Promise<BuildSummary> {
  const edition = checkedEdition(options);
  const log = options.log ?? consoleLog;
  const paths = editionPaths(edition, options.root);
  const context: Context = {
    root: options.root,
    edition,
    paths,
    log,
    strict: options.strict ?? false,
    verbose: options.verbose ?? Boolean(process.env['BINDER_VERBOSE']),
    shownOut: displayPath(paths.out, options.root),
  };
  const started = performance.now();
  const timer = stageTimer();
  log.out(bold(`Binder: building the ${edition} edition`));
  // The shards load Astro on the other core while this one runs the pass; they start on its copy.
  const prestarted = prestartShards(context, sourcesDir(options.root));
  try {
    const prepared = redactStage(context);
    timer.done('check and redact');
    await astroStage(context, prepared, prestarted);
    timer.done('astro');
    const { search, audit } = await indexAndAuditStage(context, timer);
    swapIntoPlace(paths);
    const register = prepared.copy.register;
    return {
      edition,
      outDir: paths.out,
      pages: countPages(paths.out),
      seconds: (performance.now() - started) / 1000,
      passages: Object.values(register.totals).reduce((a, b) => a + b, 0),
      redactionsApplied: prepared.copy.redactionsApplied,
      withheld: prepared.copy.withheld.length,
      search,
      ...(audit ? { audit } : {}),
      stages: timer.stages,
    };
  } catch (error) {
    // Shards still waiting for a pass that failed end silently: the pass's diagnostics are the report.
    stopShards(prestarted);
    fs.rmSync(paths.staging, { recursive: true, force: true });
    if (error instanceof BuildFailure) error.outDir = paths.out;
    throw error;
  }
}

function checkedEdition(options: BuildOptions): Edition {
  if (path.resolve(options.root) !== process.cwd()) {
    throw new Error(
      `buildEdition builds the project in the working directory (${process.cwd()}), not ${options.root}: Astro's config reads the working directory`,
    );
  }
  const edition = readEdition();
  if (options.edition && options.edition !== edition) {
    throw new Error(
      `buildEdition was asked for the ${options.edition} edition, but BINDER_EDITION selects ${edition}: set BINDER_EDITION (src/redaction/edition.ts decides)`,
    );
  }
  return edition;
}

/** Times stages one after the other: each `done` closes the stage that ran since the last. */
export function stageTimer(now: () => number = () => performance.now()) {
  const stages: [string, number][] = [];
  let start = now();
  return {
    stages,
    done(name: string) {
      const end = now();
      stages.push([name, end - start]);
      start = end;
    },
  };
}

export type StageTimer = ReturnType<typeof stageTimer>;
