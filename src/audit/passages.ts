/**
 * The audit's own reading of <Redact> passages, in MDX bodies and (where the loader should have
 * refused them) in YAML strings. Tags are matched in any case: `<redact>` is a misspelling the
 * redact pass refuses, and if one ever got past it, what it wraps was meant to be secret.
 */
import { words } from './normalize.ts';

const openTag = /<Redact\b[^>]*>/gi;
const closeTag = /<\/Redact\s*>/gi;

export interface Passage {
  /** Where the opening tag starts. */
  start: number;
  /** Where the closing tag ends (the end of the text for an unclosed tag). */
  end: number;
  /** What the tags wrap. */
  text: string;
}

/** The outermost <Redact> passages of a text, and the text without them. */
export function splitRedactions(text: string): { passages: Passage[]; remainder: string } {
  const tags = [...text.matchAll(openTag)].map((m) => ({ at: m.index, end: m.index + m[0].length, open: true }));
  tags.push(...[...text.matchAll(closeTag)].map((m) => ({ at: m.index, end: m.index + m[0].length, open: false })));
  tags.sort((a, b) => a.at - b.at);
  const passages: Passage[] = [];
  let depth = 0;
  let start = 0;
  let innerStart = 0;
  let remainder = '';
  let last = 0;
  for (const tag of tags) {
    if (tag.open) {
      if (depth === 0) {
        start = tag.at;
        innerStart = tag.end;
      }
      depth++;
    } else if (depth > 0) {
      depth--;
      if (depth === 0) {
        passages.push({ start, end: tag.end, text: text.slice(innerStart, tag.at) });
        remainder += text.slice(last, start);
        last = tag.end;
      }
    }
  }
  // An unclosed tag is an MDX error the build reports; here everything after it counts as secret.
  if (depth > 0) {
    passages.push({ start, end: text.length, text: text.slice(innerStart) });
    remainder += text.slice(last, start);
  } else remainder += text.slice(last);
  return { passages, remainder };
}

/** The text with its passages replaced by spaces, line breaks kept: line numbers stay true. */
export function blankRedactions(text: string): string {
  let out = '';
  let last = 0;
  for (const { start, end } of splitRedactions(text).passages) {
    out += text.slice(last, start) + text.slice(start, end).replace(/[^\n]/g, ' ');
    last = end;
  }
  return out + text.slice(last);
}

/** The lines of a passage that hold words, markup removed: each is looked for in the output. */
export function plainLines(markdown: string): string[] {
  return markdown
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .split(/\n/)
    .map((line) => line.replace(/^\s*(?:[-*+]|\d+\.|#+|>|\|)\s*/, '').trim())
    .filter((line) => words(line).length > 0);
}

/** The URLs of a passage's links and link definitions: a redacted link's target is secret too. */
export function passageUrls(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(\s*([^)\s]+)|^\s*\[[^\]]+\]:\s*(\S+)/gm)].map((m) => (m[1] ?? m[2])!);
}

/** The 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
