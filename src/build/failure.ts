/**
 * Why a build failed, as the pipeline throws it: a reason a program can test, and the lines to
 * print, already formatted and safe to publish (diagnostics masked by forLog, leaks by place,
 * never a redacted passage or a withheld entry's name).
 */
export type FailureReason =
  /** The redact pass found errors in the sources. */
  | 'sources'
  /** `--strict`, and the redact pass warned. */
  | 'strict'
  /** Astro could not render the site. */
  | 'astro'
  /** Pagefind could not index it. */
  | 'search'
  /** The leak audit could not run. */
  | 'audit'
  /** The leak audit found withheld text in the output. */
  | 'leak';

export class BuildFailure extends Error {
  override name = 'BuildFailure';
  readonly reason: FailureReason;
  /** What to print above the message (diagnostics, Astro's error, leaks), one entry a line. */
  readonly lines: readonly string[];
  /** The output directory left as it was (set by the pipeline). */
  outDir: string | undefined;

  /** `message`: one sentence, what failed and what to do. */
  constructor(reason: FailureReason, message: string, lines: readonly string[] = []) {
    super(message);
    this.reason = reason;
    this.lines = lines;
  }
}
