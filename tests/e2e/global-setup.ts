/**
 * Global setup for the browser tests (`npm run test:e2e`).
 *
 * 1. Builds the editions if needed: when dist/ or dist-internal/ is missing, or always when
 *    BINDER_E2E_BUILD=1. Otherwise it serves what is there, so build first after changing sources
 *    (CI builds both editions right before and runs with BINDER_E2E_BUILD=0).
 * 2. Checks that dist/ really is the public edition and dist-internal/ the internal one, so a
 *    swapped or stale output fails loudly instead of making the redaction tests meaningless.
 * 3. Serves both with a tiny static server (no dependence on `astro preview` and its output) on
 *    free ports and hands the base URLs to the tests: `inject('publicUrl')`, `inject('internalUrl')`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startStaticServer, type StaticServer } from '../../src/tooling/static-server.ts';
import { editionPaths } from '../../src/redaction/edition.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the public edition (dist/), with a trailing slash. */
    publicUrl: string;
    /** Base URL of the internal edition (dist-internal/), with a trailing slash. */
    internalUrl: string;
  }
}

const root = process.cwd();
// dist/ and dist-internal/, or under BINDER_WORKDIR: a build in a working directory of its own.
const publicDir = editionPaths('public', root).out;
const internalDir = editionPaths('internal', root).out;

/** An entry withheld in full from the public edition (classified Protected B in the demo binder). */
const withheldPage = 'en/notes/removals-engagement-plans/index.html';

function build(script: 'build' | 'build:internal'): void {
  process.stdout.write(`\n[e2e] npm run ${script}\n`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', script], { cwd: root, stdio: 'inherit', env: process.env });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`npm run ${script} failed (exit code ${result.status}); the browser tests need a good build.`);
}

function checkEditions(): void {
  for (const dir of [publicDir, internalDir]) {
    if (!fs.existsSync(path.join(dir, 'index.html')) || !fs.existsSync(path.join(dir, '404.html'))) {
      throw new Error(`${path.relative(root, dir)}/ has no index.html or 404.html: run BINDER_E2E_BUILD=1 npm run test:e2e to rebuild.`);
    }
  }
  if (fs.existsSync(path.join(publicDir, withheldPage))) {
    throw new Error(
      `dist/ contains ${withheldPage}, a withheld entry: it looks like an internal build. Run npm run build (or BINDER_E2E_BUILD=1 npm run test:e2e).`,
    );
  }
  if (!fs.existsSync(path.join(internalDir, withheldPage))) {
    throw new Error(
      `dist-internal/ lacks ${withheldPage}: it does not look like an internal build. Run npm run build:internal (or BINDER_E2E_BUILD=1 npm run test:e2e).`,
    );
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const force = process.env['BINDER_E2E_BUILD'] === '1';
  // Internal first, public last: the usual order, so a shared cache never ends on internal data.
  if (force || !fs.existsSync(internalDir)) build('build:internal');
  if (force || !fs.existsSync(publicDir)) build('build');
  checkEditions();

  const servers: StaticServer[] = [];
  try {
    servers.push(await startStaticServer(publicDir));
    servers.push(await startStaticServer(internalDir));
  } catch (error) {
    await Promise.all(servers.map((s) => s.close()));
    throw error;
  }
  const [pub, internal] = servers as [StaticServer, StaticServer];
  project.provide('publicUrl', pub.url);
  project.provide('internalUrl', internal.url);
  process.stdout.write(`[e2e] public edition at ${pub.url}, internal edition at ${internal.url}\n`);

  return async () => {
    await Promise.all(servers.map((s) => s.close()));
  };
}
