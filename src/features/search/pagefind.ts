/**
 * Pagefind, run from code over a built edition (never a step users must remember). Pagefind
 * keeps one index per language, read from <html lang>, and indexes only `data-pagefind-body`.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * The HTML files Pagefind reads, as paths relative to `dir` in a stable order: every one but
 * those under `skipped` folders (site paths such as "en/print"). Pages without
 * `data-pagefind-body` are not indexed anyway, but Pagefind still parses them: the printable
 * binder holds the whole binder on one page.
 */
export function indexedFiles(dir: string, skipped: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (rel: string) => {
    const entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const d of entries) {
      const child = rel ? `${rel}/${d.name}` : d.name;
      if (d.isFile() && d.name.endsWith('.html')) files.push(child);
      else if (d.isDirectory() && !skipped.includes(child) && child !== 'pagefind') walk(child);
    }
  };
  walk('');
  return files;
}

/**
 * A page as Pagefind should read it. Pagefind joins the text of neighbouring table cells, so a
 * row's excerpt read "PurposeAmount"; a space before each cell's end tag (and a caption's, and a
 * description list's term and details) keeps the words apart. Only the index sees this: the page
 * readers get is untouched, and a space at the end of a cell would not show anyway.
 */
export function spacedForIndex(html: string): string {
  return html.replace(/<\/(td|th|caption|dt|dd)>/gi, ' $&');
}

export async function indexSite(dir: string, skipped: readonly string[] = []): Promise<{ records: number; languages: string[] }> {
  const { index, errors } = await pagefind.createIndex({ keepIndexUrl: false, verbose: false });
  if (!index) throw new Error(errors.join('; '));
  try {
    for (const sourcePath of indexedFiles(dir, skipped)) {
      const content = spacedForIndex(fs.readFileSync(path.join(dir, sourcePath), 'utf8'));
      const added = await index.addHTMLFile({ url: pageUrl(sourcePath), content });
      if (added.errors.length) throw new Error(`${sourcePath}: ${added.errors.join('; ')}`, { cause: added.errors });
    }
    const outputPath = path.join(dir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(written.errors.join('; '), { cause: written.errors });
    // The pages Pagefind kept (those with `data-pagefind-body`), per language.
    const entry = JSON.parse(fs.readFileSync(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const records = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    return { records, languages: Object.keys(entry.languages).sort() };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

/** The URL Pagefind gave a file read from disk: "en/forums/fcm/index.html" → "/en/forums/fcm/". */
export function pageUrl(sourcePath: string): string {
  return `/${sourcePath.replace(/(^|\/)index\.html$/, '$1')}`;
}
