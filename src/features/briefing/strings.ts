/**
 * Interface strings of the briefing components (<KeyMessages>, <Facts>, <Background>,
 * <NextSteps>, <IfPressed>), in both languages.
 */
import type { Lang } from '../../schemas/localized.ts';
import type { BriefingSectionKind } from './briefing-sections.ts';

const en = {
  /** The heading of each titled section, by kind. */
  sections: {
    'key-messages': 'Key messages',
    facts: 'Supporting facts and figures',
    background: 'Background',
    'next-steps': 'Next steps',
    'key-issue': 'Key issue',
  } satisfies Record<BriefingSectionKind, string>,
  /** Before the question of an <IfPressed> that does not open with its lead-in (if-pressed.ts), inside its heading. */
  ifPressedLabel: 'If pressed:',
};

export type BriefingStrings = typeof en;

const fr: BriefingStrings = {
  sections: {
    'key-messages': 'Messages clés',
    facts: 'Faits et chiffres à l’appui',
    background: 'Contexte',
    'next-steps': 'Prochaines étapes',
    'key-issue': 'Enjeu clé',
  },
  ifPressedLabel: 'Si l’on insiste\u00a0:',
};

export const briefingStrings: Record<Lang, BriefingStrings> = { en, fr };
