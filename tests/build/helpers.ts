/**
 * Builds a fixture binder with the real pipeline (scripts/build.ts: redact pass, Astro, Pagefind,
 * audit) into a temporary working directory, so tests never touch the project's dist/. The
 * working directories last while the test file runs and are removed at its end (tests/temp.ts).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll } from 'vitest';
import { tempDir } from '../temp.ts';

export const projectRoot = path.resolve(import.meta.dirname, '../..');

export interface BuildResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A working directory `binder-<name>-XXXXXX` under the system's temporary folder, removed when the test file ends. */
export function tempWorkdir(name: string): string {
  return tempDir(name);
}

export function runScript(
  script: string,
  options: { content: string; workdir: string; args?: string[]; env?: Record<string, string> },
): BuildResult {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', script), ...(options.args ?? [])], {
    cwd: projectRoot,
    env: {
      ...withoutVitest(process.env),
      BINDER_CONTENT: options.content,
      BINDER_WORKDIR: options.workdir,
      NO_COLOR: '1',
      BINDER_EDITION: '',
      ...options.env,
    },
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Vitest's variables make Vite behave as under test; a build runs as a user would run it. */
function withoutVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  // Vitest also mirrors import.meta.env into process.env (BASE_URL, MODE, DEV, PROD, SSR).
  return Object.fromEntries(Object.entries(env).filter(([key]) => !/^VITEST|^TEST$|^NODE_ENV$|^(BASE_URL|MODE|DEV|PROD|SSR)$/.test(key)));
}

export function build(options: {
  content: string;
  workdir: string;
  edition?: 'public' | 'internal';
  env?: Record<string, string>;
}): BuildResult {
  return runScript('build.ts', { ...options, args: options.edition === 'internal' ? ['--edition', 'internal'] : [] });
}

export interface Editions {
  internal: BuildResult;
  publicBuild: BuildResult;
  publicTree: Map<string, string>;
  internalTree: Map<string, string>;
}

/**
 * Both editions of `content` built into `workdir` before the file's tests run (the internal one
 * first), and both output trees read: the object is filled in by the file's `beforeAll`.
 */
export function buildEditions(content: string, workdir: string): Editions {
  const built = {} as Editions;
  beforeAll(() => {
    built.internal = build({ content, workdir, edition: 'internal' });
    built.publicBuild = build({ content, workdir });
    built.publicTree = readTree(path.join(workdir, 'dist'));
    built.internalTree = readTree(path.join(workdir, 'dist-internal'));
  });
  return built;
}

/** Every file under a directory, with gzip-compressed files (Pagefind's) decompressed. */
export function readTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const d of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    const absolute = path.join(d.parentPath, d.name);
    let bytes = fs.readFileSync(absolute);
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
    files.set(path.relative(dir, absolute).split(path.sep).join('/'), bytes.toString('utf8'));
  }
  return files;
}

/** A stable fingerprint of a directory: every path and its bytes. */
export function fingerprint(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!d.isFile()) continue;
    const absolute = path.join(d.parentPath, d.name);
    out.set(path.relative(dir, absolute), fs.readFileSync(absolute).toString('base64'));
  }
  return out;
}
