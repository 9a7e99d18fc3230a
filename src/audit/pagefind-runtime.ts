/**
 * Pagefind's own runtime files (its JavaScript, CSS and WebAssembly: pagefind.js, pagefind-ui.js,
 * wasm.en.pagefind, …) are program code, not page text: a short redacted word such as "json" or
 * "default" is in them by nature. They are told apart BY CONTENT, never by name: the installed
 * Pagefind (whose runtime is inside its binary) indexes two tiny sites of different words in a
 * temporary folder, and a file it writes byte for byte the same for both is runtime. An output
 * file is skipped only when its bytes hash (SHA-256) to one of those; a file named like one but
 * with other bytes is read as usual. The index, fragment and metadata files, which hold page
 * text, differ between the two sites and are never in the set.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Pagefind from 'pagefind';

/** Binder's languages: Pagefind writes one WebAssembly file per language, and one for pages without. */
const languages = ['en', 'fr'];
const here = fileURLToPath(import.meta.url);

interface RuntimeFile {
  size: number;
  sha256: string;
}

let known: Map<number, Set<string>> | undefined;

/** Whether a file's bytes are one of the installed Pagefind's runtime files. Derived once per process. */
export function isPagefindRuntime(bytes: Uint8Array): boolean {
  known ??= derive();
  return known.get(bytes.length)?.has(sha256(bytes)) ?? false;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Runs the derivation in a short-lived process: Pagefind's API is asynchronous, the audit is not. */
function derive(): Map<number, Set<string>> {
  const run = spawnSync(process.execPath, [here], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, BINDER_PAGEFIND_RUNTIME: '1' },
  });
  if (run.status !== 0) {
    const reason = (run.stderr || run.error?.message || `exit code ${run.status}`).trim().split('\n').pop();
    throw new Error(`the audit could not list Pagefind's own runtime files (the installed Pagefind failed over an empty site: ${reason})`);
  }
  const map = new Map<number, Set<string>>();
  for (const file of JSON.parse(run.stdout) as RuntimeFile[]) {
    if (!map.has(file.size)) map.set(file.size, new Set());
    map.get(file.size)!.add(file.sha256);
  }
  return map;
}

/** The files Pagefind writes for a site of one page per language, each page holding `word`. */
async function writeSite(pagefind: typeof Pagefind, word: string): Promise<Map<string, RuntimeFile>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'binder-pagefind-runtime-'));
  try {
    const { index, errors } = await pagefind.createIndex({ keepIndexUrl: false, verbose: false });
    if (!index) throw new Error(errors.join('; '));
    for (const lang of languages) {
      const added = await index.addHTMLFile({
        url: `/${lang}/`,
        content: `<html lang="${lang}"><body><main data-pagefind-body><p>${word}</p></main></body></html>`,
      });
      if (added.errors.length) throw new Error(added.errors.join('; '));
    }
    const written = await index.writeFiles({ outputPath: dir });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    await index.deleteIndex();
    const files = new Map<string, RuntimeFile>();
    for (const d of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (!d.isFile()) continue;
      const bytes = fs.readFileSync(path.join(d.parentPath, d.name));
      files.set(path.relative(dir, path.join(d.parentPath, d.name)), { size: bytes.length, sha256: sha256(bytes) });
    }
    return files;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// In the derivation's own process: print the runtime files as JSON.
if (process.argv[1] === here && process.env['BINDER_PAGEFIND_RUNTIME']) {
  const pagefind = await import('pagefind');
  try {
    const [a, b] = [await writeSite(pagefind, 'alpha'), await writeSite(pagefind, 'omega')];
    const same = [...a].filter(([name, file]) => b.get(name)?.sha256 === file.sha256).map(([, file]) => file);
    process.stdout.write(JSON.stringify(same));
  } finally {
    await pagefind.close();
  }
}
