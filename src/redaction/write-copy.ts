/**
 * Writes an edition's copy of content/ to disk: only files whose bytes changed are rewritten
 * (so Astro's caches stay warm in `npm run dev`), and files that are no longer part of the
 * edition are deleted (so a withheld entry cannot linger from an earlier run). With `remember`
 * (the dev server, which writes the internal edition on every save), what this process wrote is
 * kept: the copy is listed and read once, not again on every save.
 */
import fs from 'node:fs';
import path from 'node:path';

const lastSeen = new Map<string, string | Buffer>();
/** With `remember`: the files this process left in each copy (the copy is listed once, then known). */
const present = new Map<string, Set<string>>();

/** Whether two contents are the same bytes (text compared as text, with no encoding on the way). */
function same(a: string | Buffer, b: string | Buffer): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  return (typeof a === 'string' ? Buffer.from(a) : a).equals(typeof b === 'string' ? Buffer.from(b) : b);
}

/** Every file under `dir`, relative, with forward slashes. */
function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'));
}

export function writeCopy(
  dir: string,
  files: ReadonlyMap<string, string | Buffer>,
  remember = false,
): { written: number; removed: number } {
  let written = 0;
  let removed = 0;
  fs.mkdirSync(dir, { recursive: true });
  for (const rel of remember && present.has(dir) ? present.get(dir)! : listFiles(dir)) {
    if (files.has(rel)) continue;
    const absolute = path.join(dir, rel);
    fs.rmSync(absolute, { force: true });
    lastSeen.delete(absolute);
    removed++;
  }
  if (remember) present.set(dir, new Set(files.keys()));
  for (const [rel, contents] of files) {
    const absolute = path.join(dir, rel);
    // With `remember` (the dev server, which runs the pass on every save), what this process
    // last wrote or read there is kept, and compared in memory instead of reading the copy again.
    const known = lastSeen.get(absolute);
    if (known !== undefined ? same(known, contents) : fs.existsSync(absolute) && same(fs.readFileSync(absolute), contents)) {
      if (remember) lastSeen.set(absolute, contents);
      continue;
    }
    fs.mkdirSync(path.dirname(absolute), { recursive: true });
    fs.writeFileSync(absolute, contents);
    if (remember) lastSeen.set(absolute, contents);
    written++;
  }
  return { written, removed };
}
