/**
 * Temporary names of this process's own, for Astro's atomic writes into the project's .astro/.
 *
 * Astro writes its module maps (`.astro/content-modules.mjs`, `content-assets.mjs`) to
 * `<file>.tmp`, then renames that onto the file (MutableDataStore's `#writeFileAtomic`; the fixed
 * name is withastro/astro#15671). The shards of one edition are separate processes that sync
 * their content at the same moment (they start together, src/build/shard-runner.ts), so one
 * shard's rename can take the temporary file the other has just written, and the other's rename
 * then fails with ENOENT: Astro's UnknownFilesystemError, the build stopped. A shard calls
 * `ownTempNames` before it builds: `<file>.tmp` under the given folder becomes
 * `<file>.tmp-<tag>` (the process id) in `fs.promises.writeFile` and `fs.promises.rename`, which
 * Astro calls through the module object. Each writer then renames its own complete file and the
 * last one wins; the maps of one edition are the same in every shard (and a shard reads its own,
 * src/integration/shards.ts). Nothing else is changed: other names and folders pass as they are.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type PathArg = Parameters<typeof fsp.writeFile>[0];

/** A path argument as a file path (a `file:` URL converted), or undefined (a descriptor, a buffer). */
function filePath(file: PathArg): string | undefined {
  if (typeof file === 'string') return file;
  return file instanceof URL && file.protocol === 'file:' ? fileURLToPath(file) : undefined;
}

/** The path Binder gives `file` in this process: its own temporary name, or `file` itself. */
export function ownTempName<T extends PathArg>(file: T, folder: string, tag: string): T | string {
  const text = filePath(file);
  if (text === undefined || !text.endsWith('.tmp')) return file;
  const inside = path.resolve(text).startsWith(path.resolve(folder) + path.sep);
  return inside ? `${text}-${tag}` : file;
}

/** Gives Astro's temporary files under `folder` names of this process's own; returns the undo. */
export function ownTempNames(folder: string, tag = String(process.pid)): () => void {
  const { writeFile, rename } = fsp;
  fsp.writeFile = ((file: PathArg, ...rest: unknown[]) =>
    (writeFile as (...args: unknown[]) => Promise<void>)(ownTempName(file, folder, tag), ...rest)) as typeof fsp.writeFile;
  fsp.rename = (from, to) => rename(ownTempName(from, folder, tag), to);
  return () => {
    fsp.writeFile = writeFile;
    fsp.rename = rename;
  };
}
