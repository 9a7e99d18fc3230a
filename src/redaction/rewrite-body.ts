/**
 * The one place a body's text changes for an edition: redacted passages, literal markers and
 * references to withheld entries become marker elements, definitions used only inside redactions
 * go with them, and Binder's components learn the page's language.
 */
import type { Lang } from '../schemas/localized.ts';
import type { MdxFacts } from './mdx-source.ts';
import { unspecifiedMarker } from '../core/literal-markers.ts';

/**
 * Splices a body in place. Every replacement keeps the replaced text's line breaks, so line
 * numbers after it do not move, and is the same size whatever it hides.
 */
export function rewriteBody(
  text: string,
  facts: MdxFacts,
  options: { isPublic: boolean; lang: Lang; refMarkers: (to: string) => string[] | undefined },
): { text: string; replaced: number } {
  const edits: { start: number; end: number; replacement: (original: string) => string }[] = [];
  if (options.isPublic) {
    for (const span of facts.spans) {
      if (span.depth > 0) continue;
      edits.push({ start: span.start, end: span.end, replacement: (original) => marker(span.markers, span.kind, original, options.lang) });
    }
  }
  const inside = (offset: number) => edits.some((e) => offset >= e.start && offset < e.end);
  for (const literal of facts.literals) {
    if (!inside(literal.start))
      edits.push({ ...literal, replacement: (original) => marker([unspecifiedMarker], 'text', original, options.lang) });
  }
  for (const ref of facts.refs) {
    const markers = options.refMarkers(ref.to);
    if (markers && !inside(ref.start))
      edits.push({ start: ref.start, end: ref.end, replacement: (original) => marker(markers, 'text', original, options.lang) });
  }
  const replaced = edits.length;
  // A definition used only in redacted passages goes with them: its URL (an image's file name, a
  // link's address) is part of what they withhold. It renders nothing, so its removal is not counted.
  if (options.isPublic) {
    for (const definition of facts.privateDefinitions) {
      if (!inside(definition.start)) edits.push({ ...definition, replacement: (original) => '\n'.repeat(original.split('\n').length - 1) });
    }
  }
  // Components render labels in the page's language, and the internal <Redact> needs to know a
  // block from a phrase to emit valid HTML: both are told by attributes added after the tag name.
  for (const component of facts.components) {
    if (inside(component.nameEnd)) continue;
    const extra = ` lang="${options.lang}"${component.name === 'Redact' && component.flow ? ' block' : ''}`;
    edits.push({ start: component.nameEnd, end: component.nameEnd, replacement: () => extra });
  }
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.replacement(out.slice(edit.start, edit.end)) + out.slice(edit.end);
  return { text: out, replaced };
}

/** `<Redacted markers="atia-15-1" />`, with the original's line breaks kept inside the tag. */
function marker(markers: readonly string[], kind: 'flow' | 'text', original: string, lang: Lang): string {
  const breaks = '\n'.repeat(original.split('\n').length - 1);
  const tag = `<Redacted lang="${lang}" markers="${markers.join(' ')}"`;
  return kind === 'flow'
    ? `${tag} block />${breaks}`
    : // Inside a paragraph a blank line would end it, so the line breaks go into a comment, one dot per line.
      `${tag} />${breaks ? `{/*${breaks.replace(/\n/g, '\n.')}*/}` : ''}`;
}
