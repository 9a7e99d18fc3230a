/**
 * The command lines of Binder's scripts, read strictly with `node:util` parseArgs: an unknown
 * flag, a stray word or a bad value is a one-line error and exit code 2, never ignored (a
 * mistyped `--strict` must not build without it; `--page 200` must not benchmark 1000 pages).
 * `--edition internal` is turned into BINDER_EDITION before anything reads it, so
 * src/redaction/edition.ts stays the one decision point.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { closest } from '../diagnostics/diagnostic.ts';

/** A mistake in the command line: printed as one line, exit code 2 (as command-line tools do). */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface Command<O extends ParseArgsOptionsConfig> {
  /** How a user runs it, for messages: `npm run bench`. */
  name: string;
  /** What it takes, as a sentence ends: `--pages N, --runs N, --dev and --readme`. */
  takes: string;
  options: O;
  /** How many words it takes besides its flags (none unless said). */
  positionals?: number;
}

/** The values parseArgs gives for `options`: strings and booleans, absent when not given. */
export type Values<O extends ParseArgsOptionsConfig> = { [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string };

export interface Parsed<O extends ParseArgsOptionsConfig> {
  values: Values<O>;
  positionals: string[];
}

/** Reads `argv` for `command`; throws a UsageError naming the culprit (and what was meant). */
export function parseCommand<O extends ParseArgsOptionsConfig>(command: Command<O>, argv: string[]): Parsed<O> {
  const usage = `${command.name} takes ${command.takes}`;
  let parsed;
  try {
    parsed = parseArgs({ args: argv, strict: true, allowPositionals: true, options: command.options });
  } catch (error) {
    throw new UsageError(`${describeParseError(error, Object.keys(command.options))}: ${usage}`);
  }
  const stray = parsed.positionals[command.positionals ?? 0];
  if (stray !== undefined) throw new UsageError(`unexpected argument "${stray}": ${usage}`);
  return { values: parsed.values, positionals: parsed.positionals };
}

/** parseArgs' error as the start of one line. Node's messages run on with advice about `--`. */
function describeParseError(error: unknown, names: string[]): string {
  const code = (error as { code?: string }).code;
  const message = (error as Error).message ?? String(error);
  // The word Node quotes first is the culprit.
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const meant = closest(quoted.replace(/^-+/, ''), names);
    return `unknown option ${quoted}${meant ? ` (did you mean --${meant}?)` : ''}`;
  }
  return message.split('\n')[0]!.replace(/\.$/, '');
}

/** A flag's value as a whole number no smaller than `min`, or `fallback` when the flag is absent. */
export function wholeNumber(name: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min) throw new UsageError(`--${name} is a whole number of at least ${min}, not "${value}"`);
  return number;
}

/** `--edition`'s value, checked: public or internal. */
export function editionValue(value: string | undefined): 'public' | 'internal' | undefined {
  if (value === undefined || value === 'public' || value === 'internal') return value;
  throw new UsageError(`--edition is public or internal, not "${value}"`);
}

/**
 * Runs a command's main function: a UsageError becomes one line on stderr and exit code 2; the
 * number main returns becomes the exit code (set, not forced: servers keep running).
 */
export async function runCommand(
  main: (argv: string[]) => number | void | Promise<number | void>,
  argv: string[] = process.argv.slice(2),
): Promise<number> {
  try {
    process.exitCode = (await main(argv)) ?? 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`binder: ${error.message}\n`);
    process.exitCode = 2;
  }
  return Number(process.exitCode);
}

export interface BuildFlags {
  edition?: 'public' | 'internal';
  /** Warnings become errors: the build fails on any warning (the public edition's inference warnings). */
  strict: boolean;
}

export const buildCommand = {
  name: 'npm run build',
  takes: '--edition public|internal and --strict',
  options: { edition: { type: 'string' }, strict: { type: 'boolean' } },
} satisfies Command<ParseArgsOptionsConfig>;

/** `npm run build`'s flags. */
export function parseBuildFlags(argv: string[]): BuildFlags {
  const { values } = parseCommand(buildCommand, argv);
  const edition = editionValue(values.edition);
  return edition ? { edition, strict: values.strict ?? false } : { strict: values.strict ?? false };
}

/** Sets BINDER_EDITION from `--edition`, before src/redaction/edition.ts is read. */
export function applyEdition(edition: 'public' | 'internal' | undefined): void {
  if (edition) process.env['BINDER_EDITION'] = edition;
}
