/**
 * Pagefind, run from code over a built edition (never a step users must remember). Pagefind
 * keeps one index per language, read from <html lang>, and indexes only `data-pagefind-body`.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

export async function indexSite(dir: string): Promise<{ records: number; languages: string[] }> {
  const { index, errors } = await pagefind.createIndex({ keepIndexUrl: false, verbose: false });
  if (!index) throw new Error(errors.join('; '));
  try {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(added.errors.join('; '), { cause: added.errors });
    const outputPath = path.join(dir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(written.errors.join('; '), { cause: written.errors });
    const entry = JSON.parse(fs.readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    return { records: added.page_count, languages: Object.keys(entry.languages).sort() };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}
