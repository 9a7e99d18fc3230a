/**
 * Already-redacted text in imported sources (DESIGN.md, invariant 4): departments publish
 * "[REDACTED]", "[Redacted]", "[CAVIARDÉ]", "[Caviardé]" and, at the Privy Council Office, "[ * ]".
 * Any case, mid-sentence or alone. Each becomes a marker whose basis is not known.
 */
import type { Lang } from '../schemas/localized.ts';

export const literalMarkerPattern = /\[\s*(?:redacted|caviardé|caviarde|\*)\s*\]/giu;

/** The registry id of the marker whose legal basis is not stated (content/redaction-markers/unspecified.yaml). */
export const unspecifiedMarker = 'unspecified';

/** The marker as the reader's language writes it: what the public edition shows for withheld text. */
export const markerText: Record<Lang, string> = { en: '[REDACTED]', fr: '[CAVIARDÉ]' };

/**
 * Text for places that hold no markup (headings from names, link text, <title>, the printed
 * contents, SVG labels), with each literal marker written as the reader's language writes it:
 * "[Caviardé]" in an English title reads "[REDACTED]", "[ * ]" in a French one "[CAVIARDÉ]".
 */
export function withMarkerText(text: string, lang: Lang): string {
  return text.replace(literalMarkerPattern, markerText[lang]);
}
