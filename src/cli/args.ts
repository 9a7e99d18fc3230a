/**
 * Command-line flags shared by Binder's scripts. `--edition internal` is turned into
 * BINDER_EDITION before anything reads it, so src/redaction/edition.ts stays the one decision point.
 */
export function applyEditionFlag(argv: string[] = process.argv.slice(2)): void {
  const index = argv.findIndex((a) => a === '--edition' || a.startsWith('--edition='));
  if (index < 0) return;
  const arg = argv[index]!;
  const value = arg.includes('=') ? arg.split('=')[1] : argv[index + 1];
  if (value) process.env['BINDER_EDITION'] = value;
}

export function flag(name: string, argv: string[] = process.argv.slice(2)): string | undefined {
  const index = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (index < 0) return undefined;
  const arg = argv[index]!;
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : (argv[index + 1] ?? '');
}
