/**
 * Already-redacted text in imported sources (DESIGN.md, invariant 4): departments publish
 * "[REDACTED]", "[Redacted]", "[CAVIARDÉ]", "[Caviardé]" and, at the Privy Council Office, "[ * ]".
 * Any case, mid-sentence or alone. Each becomes a marker whose basis is not known.
 *
 * A pasted source banner ("[REDACTED] appears where sensitive information has been removed…",
 * "La mention [CAVIARDÉ] figure là où…") is not a redaction: its marker is a word of the
 * sentence. `literalMarkerSpans` leaves it out, so it is neither a marker node nor counted in
 * the register; the redact pass warns (the site prints its own notice).
 */
import type { Lang } from '../schemas/localized.ts';

export const literalMarkerPattern = /\[\s*(?:redacted|caviardé|caviarde|\*)\s*\]/giu;

/**
 * The start of a redaction notice around a marker: "[REDACTED] appears where", "[ * ] indicates",
 * "La mention [CAVIARDÉ] figure là où", "[CAVIARDÉ] indique". The verbs a binder's own notice
 * may use are these (src/schemas/binder.ts refuses a notice whose marker would not read as one).
 */
export const noticePattern = new RegExp(
  `(?:\\bla mention\\s+)?${literalMarkerPattern.source}\\s+(?:appears|appear|is shown|indicates|denotes|marks|figure|apparaît|indique|signale|marque)\\b`,
  'giu',
);

/** The verbs `noticePattern` reads after a marker, for hints. */
export const noticeVerbs = 'appears, indicates, denotes, marks / figure, apparaît, indique, signale';

/** The registry id of the marker whose legal basis is not stated (content/redaction-markers/unspecified.yaml). */
export const unspecifiedMarker = 'unspecified';

/** The marker as the reader's language writes it by default: what the public edition shows for withheld text. */
export const markerText: Record<Lang, string> = { en: '[REDACTED]', fr: '[CAVIARDÉ]' };

let binderMarkerText: Record<Lang, string> | undefined;

/**
 * The binder's own marker text (binder.yaml `publicMarker.text`, e.g. PCO's "[ * ]"), set once
 * per build by the store when it loads the binder; undefined goes back to the default.
 */
export function useMarkerText(text: Record<Lang, string> | undefined): void {
  binderMarkerText = text;
}

/** The marker text the public edition shows in `lang`: the binder's own, else the default. */
export function markerTextOf(lang: Lang): string {
  return binderMarkerText?.[lang] ?? markerText[lang];
}

/** Where the literal markers of `text` are, leaving out the markers of a pasted notice sentence. */
export function literalMarkerSpans(text: string): { start: number; end: number; text: string }[] {
  const notices = [...text.matchAll(noticePattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return [...text.matchAll(literalMarkerPattern)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }))
    .filter((span) => !notices.some((n) => span.start >= n.start && span.end <= n.end));
}

/** The pasted notice sentences of `text` (their starts), for the redact pass's warning. */
export function pastedNotices(text: string): number[] {
  return [...text.matchAll(noticePattern)].map((m) => m.index);
}

/**
 * Text for places that hold no markup (headings from names, link text, <title>, the printed
 * contents, SVG labels), with each literal marker written as the reader's language writes it:
 * "[Caviardé]" in an English title reads "[REDACTED]", "[ * ]" in a French one "[CAVIARDÉ]"
 * (or the binder's own marker text).
 */
export function withMarkerText(text: string, lang: Lang): string {
  let out = '';
  let from = 0;
  for (const span of literalMarkerSpans(text)) {
    out += text.slice(from, span.start) + markerTextOf(lang);
    from = span.end;
  }
  return out + text.slice(from);
}
