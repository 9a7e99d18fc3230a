/**
 * Already-redacted text in imported sources (DESIGN.md, invariant 4): departments publish
 * "[REDACTED]", "[Redacted]", "[CAVIARDÉ]", "[Caviardé]" and, at the Privy Council Office, "[ * ]".
 * Any case, mid-sentence or alone. Each becomes a marker whose basis is not known.
 */
export const literalMarkerPattern = /\[\s*(?:redacted|caviardé|caviarde|\*)\s*\]/giu;

/** The registry id of the marker whose legal basis is not stated (content/redaction-markers/unspecified.yaml). */
export const unspecifiedMarker = 'unspecified';
