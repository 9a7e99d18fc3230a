/** Printing for Binder's command-line tools: diagnostics like a linter, and short summaries. */
import { formatDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';

const useColour = process.stdout.isTTY && !process.env['NO_COLOR'];
const paint = (code: number, text: string) => (useColour ? `\u001b[${code}m${text}\u001b[0m` : text);
export const red = (text: string) => paint(31, text);
export const yellow = (text: string) => paint(33, text);
export const green = (text: string) => paint(32, text);
export const bold = (text: string) => paint(1, text);

/** `n thing` or `n things`. */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Diagnostics as a linter prints them: one per line (a hint below), then a blank line and the counts. */
export function diagnosticLines(diagnostics: readonly Diagnostic[]): string[] {
  if (diagnostics.length === 0) return [];
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const counts = `${errors ? red(plural(errors, 'error')) : ''}${errors && warnings ? ', ' : ''}${warnings ? yellow(plural(warnings, 'warning')) : ''}`;
  return [...diagnostics.map(formatDiagnostic), '', counts];
}

export function printDiagnostics(diagnostics: readonly Diagnostic[], stream: NodeJS.WriteStream = process.stderr): void {
  for (const line of diagnosticLines(diagnostics)) stream.write(`${line}\n`);
}

/** Where a command writes: `out` for what it did (stdout), `err` for problems (stderr). One line each call. */
export interface Log {
  out(line: string): void;
  err(line: string): void;
}

export const consoleLog: Log = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};
