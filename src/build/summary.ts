import fs from 'node:fs';
import path from 'node:path';
import { displayPath } from '../diagnostics/diagnostic.ts';

/** HTML pages of a built edition, by language folder. */
export function countPages(dir: string): { en: number; fr: number; other: number } {
  const counts = { en: 0, fr: 0, other: 0 };
  for (const d of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile() || !d.name.endsWith('.html')) continue;
    const rel = path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep);
    if (rel[0] === 'en') counts.en++;
    else if (rel[0] === 'fr') counts.fr++;
    else counts.other++;
  }
  return counts;
}

/**
 * An error thrown by Astro, in the editor's terms: paths in the edition's copy of content/ are
 * shown as the source file they came from (line numbers are the same: the redact pass keeps them).
 */
export function describeAstroError(error: unknown, paths: { copy: string; sources: string; root: string }): string {
  const e = error as Error & { loc?: { file?: string; line?: number; column?: number }; hint?: string; title?: string };
  const toSource = (text: string) => text.split(paths.copy).join(displayPath(paths.sources, paths.root));
  const where = e.loc?.file ? `${toSource(e.loc.file)}${e.loc.line ? `:${e.loc.line}:${e.loc.column ?? 1}` : ''}  ` : '';
  const message = toSource(e.message ?? String(error))
    .split('\n')
    .filter((line) => !/^\s+at /.test(line))
    .join('\n');
  return `${where}${message}${e.hint ? `\n    ${toSource(e.hint)}` : ''}`;
}
