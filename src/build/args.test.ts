/**
 * Every script's command line is read strictly: a mistyped flag is refused with one line, never
 * ignored (a build that silently dropped a misspelt `--strict` would publish despite warnings; a
 * benchmark that dropped `--page 200` would run 1000 pages), and says what was meant.
 */
import type { ParseArgsOptionsConfig } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseBuildFlags, parseCommand, runCommand, UsageError, wholeNumber, type Command } from './args.ts';

const bench = {
  name: 'npm run bench',
  takes: '--pages N, --runs N, --dev and --readme',
  options: { pages: { type: 'string' }, runs: { type: 'string' }, dev: { type: 'boolean' }, readme: { type: 'boolean' } },
} satisfies Command<ParseArgsOptionsConfig>;

const newEntry = {
  name: 'npm run new',
  takes: '<collection> "<Title>" and --id <id>',
  options: { id: { type: 'string' } },
  positionals: 2,
} satisfies Command<ParseArgsOptionsConfig>;

function usageError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error('no usage error');
}

describe('build flags', () => {
  it('reads --edition (both spellings) and --strict', () => {
    expect(parseBuildFlags([])).toEqual({ strict: false });
    expect(parseBuildFlags(['--edition', 'internal'])).toEqual({ edition: 'internal', strict: false });
    expect(parseBuildFlags(['--edition=public', '--strict'])).toEqual({ edition: 'public', strict: true });
  });

  it.each([
    [['--strcit'], 'unknown option --strcit (did you mean --strict?): npm run build takes --edition public|internal and --strict'],
    [['--verbose'], 'unknown option --verbose: npm run build takes --edition public|internal and --strict'],
    [['internal'], 'unexpected argument "internal": npm run build takes --edition public|internal and --strict'],
    [['--edition', 'secret'], '--edition is public or internal, not "secret"'],
    [['--edition'], "Option '--edition <value>' argument missing: npm run build takes --edition public|internal and --strict"],
    [['--strict=yes'], "Option '--strict' does not take an argument: npm run build takes --edition public|internal and --strict"],
  ])('refuses %j with one line', (argv, message) => {
    expect(usageError(() => parseBuildFlags(argv))).toBe(message);
  });
});

describe('any command', () => {
  it('reads values, booleans and as many words as it takes', () => {
    expect(parseCommand(bench, ['--pages', '200', '--dev']).values).toEqual({ pages: '200', dev: true });
    expect(parseCommand(newEntry, ['forums', 'Regional Conference', '--id=rcm'])).toEqual({
      values: { id: 'rcm' },
      positionals: ['forums', 'Regional Conference'],
    });
  });

  it('refuses a typo of a flag, saying which was meant, and a word too many', () => {
    expect(usageError(() => parseCommand(bench, ['--page', '200']))).toBe(
      'unknown option --page (did you mean --pages?): npm run bench takes --pages N, --runs N, --dev and --readme',
    );
    expect(usageError(() => parseCommand(newEntry, ['forums', 'A', 'B']))).toBe(
      'unexpected argument "B": npm run new takes <collection> "<Title>" and --id <id>',
    );
  });

  it('reads whole numbers and refuses anything else', () => {
    expect(wholeNumber('pages', undefined, 1000)).toBe(1000);
    expect(wholeNumber('pages', '200', 1000)).toBe(200);
    expect(usageError(() => wholeNumber('pages', '2e2', 1000))).toBe('--pages is a whole number of at least 1, not "2e2"');
    expect(usageError(() => wholeNumber('runs', '0', 3))).toBe('--runs is a whole number of at least 1, not "0"');
  });

  it('turns a usage error into one line on stderr and exit code 2', async () => {
    const written: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = (chunk: string) => (written.push(chunk), true);
    try {
      expect(await runCommand((argv) => void parseCommand(bench, argv), ['--page', '200'])).toBe(2);
      expect(await runCommand(() => 1, [])).toBe(1);
    } finally {
      process.stderr.write = write;
      process.exitCode = 0;
    }
    expect(written).toEqual([
      'binder: unknown option --page (did you mean --pages?): npm run bench takes --pages N, --runs N, --dev and --readme\n',
    ]);
  });
});
