/**
 * Pagefind's runtime (its JavaScript, CSS and WebAssembly) is program code, not page text: a
 * correct build whose redacted passages hold a word such as "json" or "default" (a ```json fence
 * inside a block redaction is enough) must pass the audit. Runtime files are known by their
 * bytes: a file with a runtime file's name but other bytes is read as usual.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditOutput } from './audit.ts';
import { isPagefindRuntime } from './pagefind-runtime.ts';
import { tempDir } from '../../tests/temp.ts';

const root = path.resolve(import.meta.dirname, '../..');
const binder = tempDir('runtime');
fs.cpSync(path.join(root, 'tests/fixtures/canary/content'), binder, { recursive: true });
fs.writeFileSync(
  path.join(binder, 'forums/alpha.en.mdx'),
  'The forum meets twice a year.\n\n<Redact marker="atia-15-1">\n\n```json\n{ "default": true }\n```\n\ndefault\n\n</Redact>\n',
);
const output = tempDir('runtime-out');

// The output of a real Pagefind run, as a build writes it (its own pages hold only public words).
beforeAll(async () => {
  const { index } = await pagefind.createIndex({ keepIndexUrl: false, verbose: false });
  await index!.addHTMLFile({
    url: '/en/forums/alpha/',
    content: '<html lang="en"><body><main data-pagefind-body><p>The forum meets twice a year.</p></main></body></html>',
  });
  await index!.addHTMLFile({
    url: '/fr/forums/alpha/',
    content: '<html lang="fr"><body><main data-pagefind-body><p>Le forum se réunit.</p></main></body></html>',
  });
  await index!.writeFiles({ outputPath: path.join(output, 'pagefind') });
  await pagefind.close();
});

const runtimeFile = (name: string) => fs.readFileSync(path.join(output, 'pagefind', name));

describe("Pagefind's runtime files", () => {
  it('hold the redacted words, so reading them as text would fail a correct build', () => {
    expect(runtimeFile('pagefind-ui.js').toString('utf8')).toMatch(/\bjson\b/);
    expect(runtimeFile('pagefind.js').toString('utf8')).toMatch(/\bdefault\b/);
  });

  it('are recognised by their bytes, JavaScript, CSS and WebAssembly alike', () => {
    for (const name of [
      'pagefind.js',
      'pagefind-ui.js',
      'pagefind-ui.css',
      'pagefind-highlight.js',
      'pagefind-modular-ui.js',
      'pagefind-modular-ui.css',
      'wasm.en.pagefind',
      'wasm.fr.pagefind',
      'wasm.unknown.pagefind',
    ]) {
      expect(isPagefindRuntime(runtimeFile(name)), name).toBe(true);
    }
  });

  it("are never the index, fragments or metadata, which hold the pages' text", () => {
    const data = fs
      .readdirSync(path.join(output, 'pagefind'), { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile() && /\.pf_|entry\.json$/.test(d.name));
    expect(data.length).toBeGreaterThan(3);
    for (const d of data) expect(isPagefindRuntime(fs.readFileSync(path.join(d.parentPath, d.name))), d.name).toBe(false);
  });

  it('are not audited: a real Pagefind output passes', () => {
    const result = auditOutput(binder, output);
    expect(result.hits).toEqual([]);
    expect(result.filesScanned).toBeGreaterThan(10);
  });

  it('are known by bytes, not by name: a file named pagefind-ui.js with other bytes is scanned', () => {
    const tampered = tempDir('runtime-tampered');
    fs.cpSync(output, tampered, { recursive: true });
    fs.appendFileSync(path.join(tampered, 'pagefind/pagefind-ui.js'), '\n// default\n');
    const result = auditOutput(binder, tampered);
    expect(new Set(result.hits.map((h) => h.file))).toEqual(new Set(['pagefind/pagefind-ui.js']));
  });

  it("and so is a file that takes a WebAssembly runtime file's name to hold a secret", () => {
    const tampered = tempDir('runtime-renamed');
    fs.cpSync(output, tampered, { recursive: true });
    fs.writeFileSync(path.join(tampered, 'pagefind/wasm.en.pagefind'), 'default');
    expect(auditOutput(binder, tampered).hits.map((h) => h.file)).toEqual(['pagefind/wasm.en.pagefind']);
  });
});
