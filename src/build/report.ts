/** Printing for Binder's command-line tools: diagnostics like a linter, and short summaries. */
import { formatDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';

const useColour = process.stdout.isTTY && !process.env['NO_COLOR'];
const paint = (code: number, text: string) => (useColour ? `\u001b[${code}m${text}\u001b[0m` : text);
export const red = (text: string) => paint(31, text);
export const yellow = (text: string) => paint(33, text);
export const green = (text: string) => paint(32, text);
export const bold = (text: string) => paint(1, text);

export function printDiagnostics(diagnostics: Diagnostic[], stream: NodeJS.WriteStream = process.stderr): void {
  for (const d of diagnostics) stream.write(`${formatDiagnostic(d)}\n`);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (diagnostics.length) {
    stream.write(`\n${errors ? red(`${errors} error${errors === 1 ? '' : 's'}`) : ''}${errors && warnings ? ', ' : ''}${warnings ? yellow(`${warnings} warning${warnings === 1 ? '' : 's'}`) : ''}\n`);
  }
}
