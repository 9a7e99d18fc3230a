/**
 * `npm run build` (public edition into dist/) and `npm run build:internal` (dist-internal/).
 * `--strict` makes every warning of the redact pass an error (for the public edition these include
 * the inference warnings, src/redaction/inference.ts); any other flag is refused, exit code 2.
 */
import { applyEdition, parseBuildFlags } from './args.ts';
import { consoleLog } from './report.ts';
import { failureLines, summaryLines } from './build-log.ts';

export async function buildMain(argv: string[]): Promise<number> {
  const flags = parseBuildFlags(argv);
  // `--edition` becomes BINDER_EDITION before the pipeline (and edition.ts) is loaded.
  applyEdition(flags.edition);
  const { buildEdition, BuildFailure, outputsRemoved } = await import('./pipeline.ts');
  const root = process.cwd();
  try {
    for (const line of summaryLines(await buildEdition({ root, strict: flags.strict }), root)) consoleLog.out(line);
    // The previous output, set aside by the swap, is removed after the summary, before the exit.
    await outputsRemoved();
    return 0;
  } catch (error) {
    if (!(error instanceof BuildFailure)) throw error;
    for (const line of failureLines(error, root)) consoleLog.err(line);
    return 1;
  }
}
