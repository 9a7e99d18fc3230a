import fs from 'node:fs';
import path from 'node:path';

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
