/**
 * The one place that decides which edition is being built (DESIGN.md, invariant 1).
 * Every command that publishes defaults to `public`; only an explicit BINDER_EDITION=internal
 * (set by `npm run build:internal` and `npm run dev`) selects the internal edition.
 */
import fs from 'node:fs';
import path from 'node:path';

export const editions = ['public', 'internal'] as const;
export type Edition = (typeof editions)[number];

export function readEdition(env: NodeJS.ProcessEnv = process.env): Edition {
  const value = env['BINDER_EDITION'];
  if (value === undefined || value === '' || value === 'public') return 'public';
  if (value === 'internal') return 'internal';
  throw new Error(`BINDER_EDITION must be "public" or "internal", not "${value}"`);
}

/**
 * The editors' sources: content/ in the project, or BINDER_CONTENT (a fixture binder in tests,
 * another department's binder in CI).
 */
export function sourcesDir(root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(root, env['BINDER_CONTENT'] || 'content');
}

/**
 * Where one edition's files live: the redacted sources, Astro's cache, the staged and final
 * output. BINDER_WORKDIR moves them all (tests build fixtures without touching dist/).
 */
export function editionPaths(edition: Edition, root: string = process.cwd(), env: NodeJS.ProcessEnv = process.env) {
  const base = path.resolve(root, env['BINDER_WORKDIR'] || '.');
  if (misreadAsInside(base, root)) linkPackages(base, root);
  const work = path.join(base, '.binder', edition);
  return {
    /** The redacted copy of content/ that Astro reads (never the editors' content/ itself). */
    content: path.join(work, 'content'),
    /** Astro's cache directory (data store, compiled modules) for this edition only. */
    cache: path.join(work, 'cache'),
    /** Where the build writes before the output is swapped into place. */
    staging: path.join(work, 'staging'),
    /** The directory publishers deploy. */
    out: path.join(base, edition === 'public' ? 'dist' : 'dist-internal'),
  };
}

/** Whether `child` is `parent` or a folder inside it, by path segments (not by string prefix). */
export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative));
}

/**
 * Astro puts the modules that render pages in the output directory when it is "within" the
 * project, and in the project's node_modules/.astro otherwise; it tells which by a string prefix
 * (getOutDirWithinCwd: `outDir.startsWith(process.cwd())`). A workdir beside the project whose
 * path merely begins with the project's (/work/main-tmp for /work/main) is taken for a folder of
 * the project, and those modules, written outside it, cannot find their packages.
 */
export function misreadAsInside(workdir: string, root: string): boolean {
  return workdir.startsWith(root) && !isInside(workdir, root);
}

/**
 * Gives such a workdir the project's packages, as a link `.binder/node_modules` that the page
 * modules under `.binder/<edition>/staging/` find when they look up their imports.
 */
function linkPackages(workdir: string, root: string): void {
  const link = path.join(workdir, '.binder', 'node_modules');
  if (fs.lstatSync(link, { throwIfNoEntry: false })) return;
  fs.mkdirSync(path.dirname(link), { recursive: true });
  try {
    fs.symlinkSync(path.join(root, 'node_modules'), link, 'dir');
  } catch (error) {
    // Two builds of one workdir (the two editions) may make it at once.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}
