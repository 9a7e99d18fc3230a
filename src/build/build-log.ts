/** What `npm run build` prints when it is done: the summary, or why it failed and that nothing changed. */
import { displayPath } from '../diagnostics/diagnostic.ts';
import { green, plural, red } from './report.ts';
import type { BuildSummary } from './pipeline.ts';
import type { BuildFailure } from './failure.ts';

/** The summary of a build, for stdout. */
export function summaryLines(summary: BuildSummary, root: string): string[] {
  const { edition, pages, audit } = summary;
  const isPublic = edition === 'public';
  const lines = [
    `${green('✓')} ${edition} edition in ${displayPath(summary.outDir, root)}/ (${summary.seconds.toFixed(1)} s)`,
    `  pages        ${pages.en} English, ${pages.fr} French, ${pages.other} other`,
    `  redactions   ${plural(summary.passages, 'passage')} and fields ${isPublic ? `replaced by markers (${summary.redactionsApplied} edits)` : 'shown, marked'}`,
    `  withheld     ${plural(summary.withheld, 'entry', 'entries')} ${isPublic ? 'left out' : 'shown with classification banners'}`,
    `  search       ${summary.search.records} records (${summary.search.languages.join(', ')})`,
  ];
  if (audit) {
    const short = audit.notCheckable.length;
    const notCheckable = short
      ? ` (${plural(short, 'short passage')} also public elsewhere, not checkable; see npm run audit -- --verbose)`
      : '';
    lines.push(`  audit        ${audit.needlesChecked} checks over ${audit.filesScanned} files: no leak${notCheckable}`);
  }
  lines.push(`  time         ${summary.stages.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(' · ')}`);
  return lines;
}

/** A failed build, for stderr: what the stage reported, then why it failed and that the output is as it was. */
export function failureLines(failure: BuildFailure, root: string): string[] {
  const unchanged = failure.outDir ? [`${displayPath(failure.outDir, root)}/ was not changed.`] : [];
  return [...failure.lines, '', `${red('Build failed.')} ${failure.message}`, ...unchanged];
}
