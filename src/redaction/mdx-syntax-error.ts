/**
 * A body MDX cannot read, as a diagnostic at the place the editor has to look. The parser's own
 * place is sometimes the start of the paragraph around the problem, and the tag at fault is only
 * named in the message ("Expected a closing tag for `<Redact>` (3:31-3:58) before the end of
 * `paragraph`"): then the place in the message is the one reported.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/report.ts';
import { bodyComponents } from './mdx-elements.ts';

interface ParseError {
  line?: number;
  column?: number;
  reason?: string;
  // The parser's own text (a VFileMessage), not a diagnostic's.
  message: string;
}

// HTML elements an editor may write; any other tag name is not quoted, as the tag may be inside a
// redacted passage and the parse failed before Binder could know.
const htmlNames = new Set([
  'a',
  'abbr',
  'b',
  'br',
  'cite',
  'code',
  'div',
  'em',
  'i',
  'kbd',
  'li',
  'ol',
  'p',
  'q',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'u',
  'ul',
]);

export function syntaxDiagnostic(file: string, error: unknown): Diagnostic {
  const e = error as ParseError;
  const reason = (e.reason ?? e.message).replace(/\s+/g, ' ');
  const place = placeOf(e, reason);
  return diagnostic(file, place, 'mdx-syntax', { problem: withoutTagNames(reason) });
}

function placeOf(e: ParseError, reason: string): { line: number; column: number } {
  const named = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
  // An unclosed tag: the parser points at the end (or start) of what contains it, the message at the tag.
  if (named && (reason.startsWith('Expected a closing tag for') || e.line === undefined)) {
    return { line: Number(named[1]), column: Number(named[2]) };
  }
  return { line: e.line ?? 1, column: e.column ?? 1 };
}

/** `<Secretname>` becomes `<…>` in a message; Binder's components and common HTML elements keep their names. */
export function withoutTagNames(message: string): string {
  return message.replace(/`<(\/?)([^>`]*)>`/g, (whole, slash: string, name: string) =>
    (bodyComponents as readonly string[]).includes(name) || htmlNames.has(name) || name === '' ? whole : `\`<${slash}…>\``,
  );
}
