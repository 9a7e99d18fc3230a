/**
 * Writes an edition's copy of content/ to disk: only files whose bytes changed are rewritten
 * (so Astro's caches stay warm in `npm run dev`), and files that are no longer part of the
 * edition are deleted (so a withheld entry cannot linger from an earlier run).
 */
import fs from 'node:fs';
import path from 'node:path';

export function writeCopy(dir: string, files: ReadonlyMap<string, string | Buffer>): { written: number; removed: number } {
  let written = 0;
  let removed = 0;
  fs.mkdirSync(dir, { recursive: true });
  for (const existing of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!existing.isFile()) continue;
    const absolute = path.join(existing.parentPath, existing.name);
    const rel = path.relative(dir, absolute).split(path.sep).join('/');
    if (!files.has(rel)) {
      fs.rmSync(absolute);
      removed++;
    }
  }
  for (const [rel, contents] of files) {
    const absolute = path.join(dir, rel);
    const bytes = typeof contents === 'string' ? Buffer.from(contents) : contents;
    if (fs.existsSync(absolute) && fs.readFileSync(absolute).equals(bytes)) continue;
    fs.mkdirSync(path.dirname(absolute), { recursive: true });
    fs.writeFileSync(absolute, bytes);
    written++;
  }
  return { written, removed };
}
