/**
 * The shards' outputs, merged into one tree: each page comes from the one shard that wrote it; a
 * file every shard wrote (a stylesheet, a font, public/'s files) is kept once when the copies
 * are byte for byte the same, and two different files at one path are an error naming the path
 * (never one silently chosen).
 */
import fs from 'node:fs';
import path from 'node:path';

export class MergeConflict extends Error {
  override name = 'MergeConflict';
  readonly file: string;
  constructor(file: string) {
    super(`two shards wrote different files at ${file}`);
    this.file = file;
  }
}

/** Every file under `dir`, as sorted paths relative to it with `/` separators. */
export function filesOf(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .sort();
}

/** Moves a file, copying when the two paths are on different file systems. */
function move(from: string, to: string): void {
  try {
    fs.renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    fs.copyFileSync(from, to);
    fs.rmSync(from);
  }
}

/**
 * Moves every file of `sources` (in order) into `target`, which must not exist yet. Returns how
 * many files were the same in several shards. Throws a MergeConflict for two different files.
 */
export function mergeTrees(sources: readonly string[], target: string): { shared: number } {
  if (fs.existsSync(target)) throw new Error(`the merged output ${target} exists already`);
  fs.mkdirSync(target, { recursive: true });
  let shared = 0;
  for (const source of sources) {
    for (const rel of filesOf(source)) {
      const from = path.join(source, rel);
      const to = path.join(target, rel);
      const there = fs.statSync(to, { throwIfNoEntry: false });
      if (there) {
        if (!there.isFile() || !fs.readFileSync(from).equals(fs.readFileSync(to))) throw new MergeConflict(rel);
        shared++;
        continue;
      }
      fs.mkdirSync(path.dirname(to), { recursive: true });
      move(from, to);
    }
  }
  return { shared };
}
