/**
 * The leak audit (DESIGN.md, invariant 6): collect the secrets from the sources, scan the public
 * output for them. Independent of the render and of the redact pass.
 */
import { collectSecrets } from './collect.ts';
import { createScanner, scanOutput, type ScanResult } from './scan.ts';
import { siteStrings } from '../site/i18n/site-strings.ts';
import { markingStrings } from '../site/i18n/marking-strings.ts';
import { partsStrings } from '../site/i18n/parts-strings.ts';
import { formatStrings } from '../core/format-strings.ts';
import { briefingStrings } from '../features/briefing/strings.ts';
import { calendarStrings } from '../features/calendar/strings.ts';
import { contentsStrings } from '../features/contents/strings.ts';
import { entryStrings } from '../features/entries/strings.ts';
import { fundingStrings } from '../features/funding/strings.ts';
import { glossaryStrings } from '../features/glossary/strings.ts';
import { statisticStrings } from '../features/statistics/strings.ts';
import { legislationStrings } from '../features/legislation/strings.ts';
import { mapStrings } from '../features/map/strings.ts';
import { noteKindStrings } from '../features/note-kinds/strings.ts';
import { printStrings } from '../features/print/strings.ts';
import { registerStrings } from '../features/register/strings.ts';
import { searchStrings } from '../features/search/strings.ts';
import { peopleStrings } from '../features/people/strings.ts';

/**
 * Every interface string table, by name: the shared ones (src/site/i18n/), formatting's, and each
 * feature's (a test checks that no feature's strings.ts is missing here).
 */
export const interfaceStrings = {
  siteStrings,
  markingStrings,
  partsStrings,
  formatStrings,
  briefingStrings,
  calendarStrings,
  contentsStrings,
  entryStrings,
  fundingStrings,
  glossaryStrings,
  mapStrings,
  noteKindStrings,
  printStrings,
  registerStrings,
  searchStrings,
  peopleStrings,
  statisticStrings,
  legislationStrings,
};

/** Interface strings are public by nature: a passage that repeats one is not a leak when found. */
function interfaceText(): string[] {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') out.push(value);
    else if (typeof value === 'function') out.push(String((value as (x: string | number) => string)('')));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(Object.values(interfaceStrings));
  return out;
}

/** The audit of one binder's sources, planned once, to scan one or several parts of an output. */
export function createAudit(sources: string) {
  return createScanner(collectSecrets(sources, interfaceText()));
}

/** Adds up the scans of several parts of one output. */
export function mergeScans(results: ScanResult[]): ScanResult {
  return {
    hits: results.flatMap((r) => r.hits),
    notCheckable: results[0]?.notCheckable ?? [],
    filesScanned: results.reduce((n, r) => n + r.filesScanned, 0),
    needlesChecked: results[0]?.needlesChecked ?? 0,
  };
}

/** `sources` is the binder's sources folder (content/), `outputDir` a built public edition. */
export function auditOutput(sources: string, outputDir: string): ScanResult {
  return scanOutput(outputDir, collectSecrets(sources, interfaceText()));
}
