/**
 * The heading of an <IfPressed>: its question, read once. Briefing notes word the question with
 * its lead-in ("If pressed on the timeline:", "Si l’on insiste sur le calendrier :"), so a question
 * that opens with one is the whole heading; any other ("Why now?", a question that is only a
 * marker) gets the label "If pressed:" in front, inside the same heading, so a screen reader and
 * the On this page list say "If pressed" once, never twice, and never not at all.
 */
import type { Lang } from '../../schemas/localized.ts';
import { withMarkerText } from '../../core/literal-markers.ts';
import { briefingStrings } from './strings.ts';

/** The lead-ins of an If-pressed question in either language: "If pressed", "If asked", "Si l’on insiste", "Si on demande"… */
const leadIn = /^(?:if\s+(?:pressed|asked)|when\s+pressed|si\s+(?:l['’]\s*)?on\s+(?:insiste|demande|me\s+demande))(?![\p{L}])/iu;

export interface IfPressedHeading {
  /** The label to draw before the question, when the question does not say it. */
  label?: string;
  /** The question as the page shows it (literal markers in the binder's marker text). */
  question: string;
}

export function ifPressedHeading(question: string, lang: Lang): IfPressedHeading {
  const shown = withMarkerText(question, lang).replace(/\s+/g, ' ').trim();
  return leadIn.test(shown) ? { question: shown } : { label: briefingStrings[lang].ifPressedLabel, question: shown };
}

/** The heading as one line of text, for the On this page list. */
export function ifPressedText(question: string, lang: Lang): string {
  const heading = ifPressedHeading(question, lang);
  return heading.label ? `${heading.label} ${heading.question}` : heading.question;
}
