/**
 * Pagefind, run from code over a built edition (never a step users must remember). Pagefind
 * keeps one index per language, read from <html lang>, and indexes only `data-pagefind-body`.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * The files Pagefind reads: every HTML file but those under `skipped` folders (site paths such as
 * "en/print"), as a glob of alternatives built from the output's own folders. Pages without
 * `data-pagefind-body` are not indexed anyway, but Pagefind still parses them: the printable
 * binder holds the whole binder on one page.
 */
export function indexGlob(dir: string, skipped: readonly string[]): string {
  const alternatives: string[] = [];
  const walk = (rel: string) => {
    for (const d of fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const child = rel ? `${rel}/${d.name}` : d.name;
      if (d.isFile() && d.name.endsWith('.html')) alternatives.push(child);
      if (!d.isDirectory() || skipped.includes(child)) continue;
      // Only folders on the way to a skipped one are listed file by file.
      if (skipped.some((s) => s.startsWith(`${child}/`))) walk(child);
      else alternatives.push(`${child}/**/*.html`);
    }
  };
  walk('');
  return `{${alternatives.join(',')}}`;
}

export async function indexSite(dir: string, skipped: readonly string[] = []): Promise<{ records: number; languages: string[] }> {
  const { index, errors } = await pagefind.createIndex({ keepIndexUrl: false, verbose: false });
  if (!index) throw new Error(errors.join('; '));
  try {
    const added = await index.addDirectory({ path: dir, glob: indexGlob(dir, skipped) });
    if (added.errors.length) throw new Error(added.errors.join('; '), { cause: added.errors });
    const outputPath = path.join(dir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(written.errors.join('; '), { cause: written.errors });
    const entry = JSON.parse(fs.readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, unknown>;
    };
    return { records: added.page_count, languages: Object.keys(entry.languages).sort() };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}
