/**
 * Images in MDX bodies: a local image must exist in content/ and be the kind of file its name
 * says, so that a typo or a corrupt file is reported at the editor's line, not deep in Astro.
 * Images written by reference (`![alt][ref]`) come with the URL of their definition, at its line.
 */
import path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { closest } from '../diagnostics/diagnostic.ts';
import { reporter } from '../diagnostics/report.ts';
import type { MdxFacts } from './mdx-source.ts';
import type { SourceAsset, SourceFile } from './sources.ts';

const signatures: Record<string, (b: Buffer) => boolean> = {
  '.png': (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  '.jpg': (b) => b[0] === 0xff && b[1] === 0xd8,
  '.jpeg': (b) => b[0] === 0xff && b[1] === 0xd8,
  '.gif': (b) => b.subarray(0, 4).toString('latin1') === 'GIF8',
  '.webp': (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP',
  '.avif': (b) => b.subarray(4, 12).toString('latin1').startsWith('ftyp'),
  '.svg': (b) => /<svg[\s>]/i.test(b.subarray(0, 4096).toString('utf8')),
};

/** Resolves an image URL of a body to its path in content/, or undefined for remote images. */
export function imagePath(bodyRel: string, url: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url) || url.startsWith('/')) return undefined;
  return path.posix.normalize(path.posix.join(path.posix.dirname(bodyRel), decodeURI(url.split(/[?#]/)[0]!)));
}

export function checkImages(body: SourceFile, facts: MdxFacts, assets: SourceAsset[]): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const report = reporter(body.file, problems);
  for (const image of facts.images) {
    const rel = imagePath(body.rel, image.url);
    if (rel === undefined) continue;
    const asset = assets.find((a) => a.rel === rel);
    const place = { line: image.line, column: image.column };
    // The URL of an image in a redacted passage is withheld with it: it is not quoted, nor is a near name.
    const url = image.insideRedaction ? undefined : image.url;
    if (!asset) {
      const suggestion = image.insideRedaction
        ? undefined
        : closest(
            path.posix.basename(rel),
            assets.map((a) => path.posix.basename(a.rel)),
          );
      report(place, 'image-missing', { url, suggestion });
      continue;
    }
    const check = signatures[path.posix.extname(rel).toLowerCase()];
    if (check && !check(asset.bytes)) report(place, 'image-invalid', { url, format: path.posix.extname(rel).slice(1).toUpperCase() });
  }
  return problems;
}
