/**
 * The one place that decides which edition is being built (DESIGN.md, invariant 1).
 * Every command that publishes defaults to `public`; only an explicit BINDER_EDITION=internal
 * (set by `npm run build:internal` and `npm run dev`) selects the internal edition.
 */
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
