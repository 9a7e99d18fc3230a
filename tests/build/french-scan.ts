/**
 * French typography of the text Binder writes (the Office québécois de la langue française and the
 * Translation Bureau's rules): a no-break space (U+00A0, or the narrow U+202F) before : ; ! ? and
 * inside « », and the typographic apostrophe ’, never the straight '. Used by french.test.ts on the
 * strings tables and on the chrome of every built French page.
 */
import { fromHtml } from 'hast-util-from-html';
import { visit, SKIP } from 'unist-util-visit';
import type { Element, Root } from 'hast';

export interface TypographyIssue {
  /** What is wrong: "no no-break space before ':'", "straight apostrophe". */
  rule: string;
  /** The text around it, no-break spaces shown as ⍽. */
  around: string;
}

const noBreak = /[\u00a0\u202f]/;

/** Every typographic fault in one piece of French text; `isEditors(text)` excuses what editors wrote. */
export function typographyIssues(text: string, isEditors: (window: string) => boolean = () => false): TypographyIssue[] {
  const issues: TypographyIssue[] = [];
  const report = (i: number, rule: string) => {
    // The editors' when the text up to it, or from it on, is theirs: "d'IRCC" in "Fonctionnaires d'IRCC — Membre".
    const left = text.slice(Math.max(0, i - 12), i + 1);
    const right = text.slice(i, i + 12);
    if (!isEditors(left) && !isEditors(right)) issues.push({ rule, around: `${left}${right.slice(1)}`.replaceAll(/[\u00a0\u202f]/g, '⍽') });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    if (':;!?'.includes(c)) {
      // A time or a ratio (10:30), a URL (https://), or punctuation doubled (?!) is not a gap to fill.
      if (/\d/.test(before) && /\d/.test(after)) continue;
      if (c === ':' && after === '/') continue;
      if (':;!?'.includes(before)) continue;
      if (!noBreak.test(before)) report(i, `no no-break space before '${c}'`);
    } else if (c === '«' && !noBreak.test(after)) report(i, 'no no-break space after «');
    else if (c === '»' && !noBreak.test(before)) report(i, 'no no-break space before »');
    else if (c === "'") report(i, 'straight apostrophe');
  }
  return issues;
}

/** Every string a strings table can produce: its values, and its functions called with placeholders. */
export function tableTexts(table: unknown, path = ''): { path: string; text: string }[] {
  if (typeof table === 'string') return [{ path, text: table }];
  if (typeof table === 'function') {
    const fn = table as (...args: unknown[]) => unknown;
    return tableTexts(callWithPlaceholders(fn), `${path}()`);
  }
  if (Array.isArray(table)) return table.flatMap((v, i) => tableTexts(v, `${path}[${i}]`));
  if (table && typeof table === 'object') return Object.entries(table).flatMap(([k, v]) => tableTexts(v, path ? `${path}.${k}` : k));
  return [];
}

/** A string table's function called with a number, else a word, else an object whose every field is 2 (MapCounts…). */
function callWithPlaceholders(fn: (...args: unknown[]) => unknown): unknown {
  const objectLike: unknown = new Proxy({}, { get: (_, key) => (key === Symbol.toPrimitive ? () => 2 : 2) });
  for (const placeholder of [2, 'X', objectLike]) {
    try {
      return fn(...Array.from({ length: Math.max(1, fn.length) }, () => placeholder));
    } catch {
      // The next placeholder.
    }
  }
  throw new Error(`no placeholder fits ${fn.name}`);
}

const isProse = (node: Element) => {
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.includes('prose');
};

/**
 * The interface text of a built page: its text nodes (the <title> included) outside the MDX bodies
 * (`.prose`), scripts, styles and code, each on its own.
 */
export function chromeTexts(html: string): string[] {
  const tree: Root = fromHtml(html);
  const texts: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'element' && (isProse(node) || ['script', 'style', 'code', 'pre', 'svg'].includes(node.tagName))) return SKIP;
    if (node.type === 'text' && node.value.trim()) texts.push(node.value);
    return undefined;
  });
  return texts;
}

/** Whitespace runs as one space, as YAML and MDX sources wrap text where pages do not. */
export const squash = (text: string) => text.replace(/\s+/g, ' ');
