/**
 * `site` and `base` for Astro, from content/binder.yaml, overridden by BINDER_SITE and BINDER_BASE
 * (so a publisher can deploy the same sources under another host or sub-path).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { sourcesDir } from '../redaction/edition.ts';

export function readSiteSettings(root: string, env: NodeJS.ProcessEnv = process.env): { site?: string; base: string } {
  let fromFile: { site?: unknown; base?: unknown } = {};
  try {
    fromFile =
      (parse(fs.readFileSync(path.join(sourcesDir(root, env), 'binder.yaml'), 'utf8').replace(/^\uFEFF/, '')) as typeof fromFile | null) ??
      {};
  } catch {
    // A missing or broken binder.yaml is reported, with its line, by the redact pass.
  }
  const site = env['BINDER_SITE'] || (typeof fromFile.site === 'string' ? fromFile.site : undefined);
  let base = env['BINDER_BASE'] || (typeof fromFile.base === 'string' ? fromFile.base : '/');
  if (!base.startsWith('/')) base = `/${base}`;
  if (!base.endsWith('/')) base = `${base}/`;
  return { ...(site ? { site } : {}), base };
}
