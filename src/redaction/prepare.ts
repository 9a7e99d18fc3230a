/**
 * Stage one of every build: check the sources, then write this edition's redacted copy of
 * content/ for Astro to read. Throws a DiagnosticsError (never a stack trace) on editor mistakes.
 */
import { loadBinder, type LoadOptions } from './load.ts';
import { inferenceWarnings } from './inference.ts';
import { piiWarnings } from './pii.ts';
import { placeholderDiagnostics } from './placeholders.ts';
import { redactBinder, type EditionCopy } from './redact.ts';
import { writeCopy } from './write-copy.ts';
import { editionPaths, sourcesDir, type Edition } from './edition.ts';
import { gitModifiedDates } from './git-dates.ts';
import { DiagnosticsError, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';

export interface Prepared {
  copy: EditionCopy;
  warnings: Diagnostic[];
  contentDir: string;
}

let modifiedDates: Map<string, string> | undefined;

export function prepareEdition(root: string, edition: Edition, options: LoadOptions = {}): Prepared {
  const sources = sourcesDir(root);
  const loaded = loadBinder(sources, options);
  if (loaded.diagnostics.some((d) => d.severity === 'error')) throw new DiagnosticsError(sortDiagnostics(loaded.diagnostics));
  // Placeholders left in (TODO, À FAIRE…): a public build refuses what it would publish; the
  // internal build and the dev server warn (placeholders.ts).
  const placeholders = placeholderDiagnostics(loaded, edition === 'public' && options.mode !== 'dev' ? 'public' : 'editors');
  if (placeholders.some((d) => d.severity === 'error'))
    throw new DiagnosticsError(sortDiagnostics([...loaded.diagnostics, ...placeholders]));
  // Amounts a reader could work out from the public ones, and what looks like personal information
  // in public text: only the public edition hides any.
  const publicWarnings = edition === 'public' ? [...inferenceWarnings(loaded), ...piiWarnings(loaded)] : [];
  const diagnostics = sortDiagnostics([...loaded.diagnostics, ...publicWarnings, ...placeholders]);
  // Git history is read once per process: in the dev server, saving a file does not change it.
  modifiedDates ??= gitModifiedDates(sources);
  const copy = redactBinder(loaded, { edition, modified: modifiedDates });
  const contentDir = editionPaths(edition, root).content;
  writeCopy(contentDir, copy.files, options.mode === 'dev');
  return { copy, warnings: diagnostics, contentDir };
}
