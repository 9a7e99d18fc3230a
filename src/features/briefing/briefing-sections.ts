/**
 * The titled sections of a briefing note: the element an editor writes in MDX, and the kind of
 * section it is. One component (BriefingSection.astro) draws them all, by kind.
 */
export const briefingSections = {
  KeyMessages: 'key-messages',
  Facts: 'facts',
  Background: 'background',
  NextSteps: 'next-steps',
} as const;

export type BriefingSectionName = keyof typeof briefingSections;
export type BriefingSectionKind = (typeof briefingSections)[BriefingSectionName];
