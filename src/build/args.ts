/**
 * Command-line flags shared by Binder's scripts. `--edition internal` is turned into
 * BINDER_EDITION before anything reads it, so src/redaction/edition.ts stays the one decision point.
 */
import { parseArgs } from 'node:util';

/** A mistake in the command line: printed as one line, exit code 2 (as command-line tools do). */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface BuildFlags {
  edition?: 'public' | 'internal';
  /** Warnings become errors: the build fails on any warning (the public edition's inference warnings). */
  strict: boolean;
}

const buildUsage = 'npm run build takes --edition public|internal and --strict';

/**
 * `npm run build`'s flags, read strictly: an unknown flag, a stray word or a bad value is an
 * error, never ignored (a mistyped `--strict` must not build without it).
 */
export function parseBuildFlags(argv: string[] = process.argv.slice(2)): BuildFlags {
  let values: { edition?: string | undefined; strict?: boolean | undefined };
  try {
    ({ values } = parseArgs({ args: argv, strict: true, allowPositionals: false, options: { edition: { type: 'string' }, strict: { type: 'boolean' } } }));
  } catch (error) {
    const code = (error as { code?: string }).code;
    // Node's messages run on with advice about `--`; the word it quotes first is the culprit.
    const quoted = /'([^']*)'/.exec((error as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw new UsageError(`unknown flag ${quoted}: ${buildUsage}`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') throw new UsageError(`unexpected argument "${quoted}": ${buildUsage}`);
    throw new UsageError(`${(error as Error).message.split('\n')[0]}: ${buildUsage}`);
  }
  const { edition, strict = false } = values;
  if (edition !== undefined && edition !== 'public' && edition !== 'internal') {
    throw new UsageError(`--edition is public or internal, not "${edition}"`);
  }
  return edition ? { edition, strict } : { strict };
}

/**
 * For scripts/build.ts, before edition.ts is read: the flags, with `--edition` applied to
 * BINDER_EDITION; on a usage mistake, one line on stderr and exit code 2.
 */
export function applyBuildFlags(argv: string[] = process.argv.slice(2)): BuildFlags {
  try {
    const flags = parseBuildFlags(argv);
    if (flags.edition) process.env['BINDER_EDITION'] = flags.edition;
    return flags;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`binder: ${error.message}\n`);
    process.exit(2);
  }
}

/** The lenient `--edition` reading of the other scripts (preview), which have flags of their own. */
export function applyEditionFlag(argv: string[] = process.argv.slice(2)): void {
  const value = flag('edition', argv);
  if (value) process.env['BINDER_EDITION'] = value;
}

export function flag(name: string, argv: string[] = process.argv.slice(2)): string | undefined {
  const index = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (index < 0) return undefined;
  const arg = argv[index]!;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : (argv[index + 1] ?? '');
}
