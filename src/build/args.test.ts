/**
 * `npm run build`'s flags are read strictly: a mistyped flag is refused with one line, never
 * ignored (a build that silently dropped a misspelt `--strict` would publish despite warnings).
 * The other scripts' lenient `flag()` keeps working.
 */
import { describe, expect, it } from 'vitest';
import { flag, parseBuildFlags, UsageError } from './args.ts';

describe('build flags', () => {
  it('reads --edition (both spellings) and --strict', () => {
    expect(parseBuildFlags([])).toEqual({ strict: false });
    expect(parseBuildFlags(['--edition', 'internal'])).toEqual({ edition: 'internal', strict: false });
    expect(parseBuildFlags(['--edition=public', '--strict'])).toEqual({ edition: 'public', strict: true });
  });

  it.each([
    [['--strcit'], 'unknown flag --strcit: npm run build takes --edition public|internal and --strict'],
    [['internal'], 'unexpected argument "internal": npm run build takes --edition public|internal and --strict'],
    [['--edition', 'secret'], '--edition is public or internal, not "secret"'],
    [['--strict=yes'], "Option '--strict' does not take an argument: npm run build takes --edition public|internal and --strict"],
  ])('refuses %j with one line', (argv, message) => {
    let thrown: unknown;
    try {
      parseBuildFlags(argv);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as Error).message).toBe(message);
  });
});

describe('flag() for the other scripts', () => {
  it('reads a value after the flag or after =, and leaves other flags alone', () => {
    expect(flag('port', ['--port', '4000', '--host=example'])).toBe('4000');
    expect(flag('host', ['--port', '4000', '--host=example'])).toBe('example');
    expect(flag('out', ['--port', '4000'])).toBeUndefined();
  });
});
