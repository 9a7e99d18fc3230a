/**
 * The titled sections of a briefing note: the element an editor writes in MDX, and the kind of
 * section it is. One component (BriefingSection.astro) draws them all, by kind. A key issue
 * (`<KeyIssue title="…">`) opens with its key message as a quotation (`> …`), then the facts
 * that support it.
 */
export const briefingSections = {
  KeyMessages: 'key-messages',
  Facts: 'facts',
  Background: 'background',
  NextSteps: 'next-steps',
  KeyIssue: 'key-issue',
} as const;

/** The heading of a section: its label, then its title when it has one ("Key messages – Day 1"). */
export function sectionHeading(label: string, title: string | undefined): string {
  const own = title?.replace(/\s+/g, ' ').trim();
  return own ? `${label} – ${own}` : label;
}

export type BriefingSectionName = keyof typeof briefingSections;
export type BriefingSectionKind = (typeof briefingSections)[BriefingSectionName];
