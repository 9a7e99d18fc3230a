/**
 * Writes an edition's copy of content/ to disk: only files whose bytes changed are rewritten
 * (so Astro's caches stay warm in `npm run dev`), and files that are no longer part of the
 * edition are deleted (so a withheld entry cannot linger from an earlier run).
 */
import fs from 'node:fs';
import path from 'node:path';

const lastSeen = new Map<string, Buffer>();

export function writeCopy(
  dir: string,
  files: ReadonlyMap<string, string | Buffer>,
  remember = false,
): { written: number; removed: number } {
  let written = 0;
  let removed = 0;
  fs.mkdirSync(dir, { recursive: true });
  for (const existing of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!existing.isFile()) continue;
    const absolute = path.join(existing.parentPath, existing.name);
    const rel = path.relative(dir, absolute).split(path.sep).join('/');
    if (!files.has(rel)) {
      fs.rmSync(absolute);
      lastSeen.delete(absolute);
      removed++;
    }
  }
  for (const [rel, contents] of files) {
    const absolute = path.join(dir, rel);
    const bytes = typeof contents === 'string' ? Buffer.from(contents) : contents;
    // With `remember` (the dev server, which runs the pass on every save), what this process
    // last wrote or read there is kept, and compared in memory instead of reading the copy again.
    const known = lastSeen.get(absolute);
    if (known ? known.equals(bytes) : fs.existsSync(absolute) && fs.readFileSync(absolute).equals(bytes)) {
      if (remember) lastSeen.set(absolute, bytes);
      continue;
    }
    fs.mkdirSync(path.dirname(absolute), { recursive: true });
    fs.writeFileSync(absolute, bytes);
    if (remember) lastSeen.set(absolute, bytes);
    written++;
  }
  return { written, removed };
}
