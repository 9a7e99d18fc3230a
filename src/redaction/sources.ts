/**
 * Reads the editors' content/ tree as text, once. Files must be UTF-8 text; a byte-order mark
 * is dropped and CRLF line endings become LF (line numbers do not change).
 */
import fs from 'node:fs';
import path from 'node:path';
import { displayPath, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/report.ts';

export interface SourceFile {
  /** Path relative to the project root, with forward slashes: `content/forums/igc.yaml`. */
  file: string;
  /** Path relative to content/: `forums/igc.yaml`. */
  rel: string;
  text: string;
}

export interface SourceAsset {
  file: string;
  rel: string;
  bytes: Buffer;
}

export const textExtensions = new Set(['.yaml', '.yml', '.mdx', '.md']);
export const assetExtensions = new Set(['.png', '.jpg', '.jpeg', '.gif', '.svg', '.webp', '.avif']);

/** Reads every file under `base` (absolute); diagnostics name files relative to the working directory. */
export function readSources(base: string) {
  const contentDir = displayPath(base);
  const files: SourceFile[] = [];
  const assets: SourceAsset[] = [];
  const diagnostics: Diagnostic[] = [];
  // Files that exist but cannot be read as text: reported once here, and known to the loader so
  // that it does not also report them missing (a twin, a data file).
  // `latin1`: the text as Latin-1, for the loader to tell whether the file is a withheld entry's
  // (and then keep its name out of a public build's log); never shown.
  const unreadable: { file: string; rel: string; latin1?: string }[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  if (!fs.existsSync(base)) {
    diagnostics.push(diagnostic(contentDir, undefined, 'content-missing', { folder: contentDir }));
    return { files, assets, diagnostics, unreadable };
  }
  const entries = fs.readdirSync(base, { recursive: true, withFileTypes: true });
  for (const dirent of entries) {
    if (!dirent.isFile()) continue;
    const absolute = path.join(dirent.parentPath, dirent.name);
    const rel = path.relative(base, absolute).split(path.sep).join('/');
    const file = `${contentDir}/${rel}`;
    if (rel.split('/').some((part) => part.startsWith('.'))) continue; // editor swap files, .DS_Store
    const extension = path.extname(rel).toLowerCase();
    const bytes = fs.readFileSync(absolute);
    if (assetExtensions.has(extension)) {
      assets.push({ file, rel, bytes });
      continue;
    }
    if (!textExtensions.has(extension)) {
      diagnostics.push(diagnostic(file, undefined, 'unknown-file', { extension }));
      continue;
    }
    if (bytes.includes(0)) {
      diagnostics.push(diagnostic(file, undefined, 'binary-file', {}));
      unreadable.push({ file, rel });
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      const offset = firstInvalidUtf8(bytes);
      const line = bytes.subarray(0, offset).toString('latin1').split('\n').length;
      diagnostics.push(diagnostic(file, { line, column: 1 }, 'not-utf8', {}));
      unreadable.push({ file, rel, latin1: bytes.toString('latin1') });
      continue;
    }
    text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    files.push({ file, rel, text });
  }
  const byPath = (a: { rel: string }, b: { rel: string }) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
  files.sort(byPath);
  assets.sort(byPath);
  return { files, assets, diagnostics, unreadable };
}

function firstInvalidUtf8(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let low = 0;
  let high = bytes.length;
  // Binary search for the shortest prefix that fails to decode (a split multi-byte char at the end is fine to overshoot by 3).
  while (low < high) {
    const mid = (low + high) >> 1;
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true });
      low = mid + 1;
    } catch {
      high = mid;
    }
  }
  return Math.max(0, low - 1);
}
