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

type Outcome =
  | { kind: 'text'; source: SourceFile }
  | { kind: 'asset'; asset: SourceAsset }
  | { kind: 'refused'; diagnostic: Diagnostic; unreadable?: { file: string; rel: string; latin1?: string } };

/**
 * The dev server reads the binder again on every save: a file whose modification time, size and
 * inode did not change since the last read is not read again (its last outcome is reused).
 */
const lastRead = new Map<string, { stamp: string; outcome: Outcome }>();

/**
 * Reads every file under `base` (absolute); diagnostics name files relative to the working directory.
 * `cache` (the dev server only) skips the files that did not change since this process last read them.
 */
export function readSources(base: string, { cache = false }: { cache?: boolean } = {}) {
  const contentDir = displayPath(base);
  const files: SourceFile[] = [];
  const assets: SourceAsset[] = [];
  const diagnostics: Diagnostic[] = [];
  // Files that exist but cannot be read as text: reported once here, and known to the loader so
  // that it does not also report them missing (a twin, a data file).
  // `latin1`: the text as Latin-1, for the loader to tell whether the file is a withheld entry's
  // (and then keep its name out of a public build's log); never shown.
  const unreadable: { file: string; rel: string; latin1?: string }[] = [];
  if (!fs.existsSync(base)) {
    diagnostics.push(diagnostic(contentDir, undefined, 'content-missing', { folder: contentDir }));
    return { files, assets, diagnostics, unreadable };
  }
  const entries = fs.readdirSync(base, { recursive: true, withFileTypes: true });
  for (const dirent of entries) {
    if (!dirent.isFile()) continue;
    const absolute = path.join(dirent.parentPath, dirent.name);
    const rel = path.relative(base, absolute).split(path.sep).join('/');
    if (rel.split('/').some((part) => part.startsWith('.'))) continue; // editor swap files, .DS_Store
    const outcome = cache ? readRemembered(absolute, `${contentDir}/${rel}`, rel) : readOne(absolute, `${contentDir}/${rel}`, rel);
    if (outcome.kind === 'text') files.push(outcome.source);
    else if (outcome.kind === 'asset') assets.push(outcome.asset);
    else {
      // A copy: the loader marks diagnostics that name withheld entries in place.
      diagnostics.push({ ...outcome.diagnostic });
      if (outcome.unreadable) unreadable.push(outcome.unreadable);
    }
  }
  const byPath = (a: { rel: string }, b: { rel: string }) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
  files.sort(byPath);
  assets.sort(byPath);
  return { files, assets, diagnostics, unreadable };
}

function readRemembered(absolute: string, file: string, rel: string): Outcome {
  const stat = fs.statSync(absolute, { bigint: true });
  const stamp = `${stat.mtimeNs} ${stat.ctimeNs} ${stat.size} ${stat.ino} ${file}`;
  const known = lastRead.get(absolute);
  if (known?.stamp === stamp) return known.outcome;
  const outcome = readOne(absolute, file, rel);
  lastRead.set(absolute, { stamp, outcome });
  return outcome;
}

function readOne(absolute: string, file: string, rel: string): Outcome {
  const extension = path.extname(rel).toLowerCase();
  const bytes = fs.readFileSync(absolute);
  if (assetExtensions.has(extension)) return { kind: 'asset', asset: { file, rel, bytes } };
  if (!textExtensions.has(extension)) return { kind: 'refused', diagnostic: diagnostic(file, undefined, 'unknown-file', { extension }) };
  if (bytes.includes(0)) return { kind: 'refused', diagnostic: diagnostic(file, undefined, 'binary-file', {}), unreadable: { file, rel } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, offset).toString('latin1').split('\n').length;
    return {
      kind: 'refused',
      diagnostic: diagnostic(file, { line, column: 1 }, 'not-utf8', {}),
      unreadable: { file, rel, latin1: bytes.toString('latin1') },
    };
  }
  return { kind: 'text', source: { file, rel, text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') } };
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
