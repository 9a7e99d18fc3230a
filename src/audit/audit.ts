/**
 * The leak audit (DESIGN.md, invariant 6): collect the secrets from the sources, scan the public
 * output for them. Independent of the render and of the redact pass.
 */
import { collectSecrets } from './collect.ts';
import { scanOutput, type ScanResult } from './scan.ts';
import { en } from '../i18n/en.ts';
import { fr } from '../i18n/fr.ts';

/** Interface strings are public by nature: a passage that repeats one is not a leak when found. */
function interfaceText(): string[] {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') out.push(value);
    else if (typeof value === 'function') out.push(String((value as (x: string | number) => string)('')));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(en);
  walk(fr);
  return out;
}

/** `sources` is the binder's sources folder (content/), `outputDir` a built public edition. */
export function auditOutput(sources: string, outputDir: string): ScanResult {
  return scanOutput(outputDir, collectSecrets(sources, interfaceText()));
}
