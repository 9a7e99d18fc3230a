/**
 * Where a leak came from, in terms an editor can act on and a public log can show: the public
 * source file and line where the leaked words were typed (a link to a withheld page, a withheld
 * name in prose, a passage repeated in its twin), and the output path with every segment that
 * names a withheld entry masked as "…". Only run for hits, so it may read the sources again.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Secrets } from './collect.ts';
import { slugify, words } from './normalize.ts';
import { blankRedactions } from './passages.ts';

export interface Locator {
  /** Up to three `file:line` where these words are written in a public source, bodies first. */
  places(tokens: string[]): string[];
  /** An output path as it may be printed. */
  mask(file: string): string;
}

interface Tokenized {
  file: string;
  tokens: string[];
  lines: number[];
}

export function createLocator(secrets: Secrets, root = process.cwd()): Locator {
  let sources: Tokenized[] | undefined;
  const withheld = withheldNames(secrets);
  const mask = (file: string) =>
    file
      .split('/')
      .map((segment) => (withheld.some((name) => names(segment, name)) ? '…' : segment))
      .join('/');
  return {
    places(tokens) {
      if (!tokens.length) return [];
      sources ??= [...secrets.publicFiles]
        .sort((a, b) => Number(b.endsWith('.mdx')) - Number(a.endsWith('.mdx')))
        .map((file) => tokenize(file, root));
      const out: string[] = [];
      for (const source of sources) {
        for (let i = source.tokens.indexOf(tokens[0]!); i >= 0 && out.length < 3; i = source.tokens.indexOf(tokens[0]!, i + 1)) {
          if (tokens.every((token, k) => source.tokens[i + k] === token)) out.push(mask(`${source.file}:${source.lines[i]}`));
        }
      }
      return [...new Set(out)];
    },
    mask,
  };
}

/** A public source's words, each with its line; redacted passages blanked (they are not public). */
function tokenize(file: string, root: string): Tokenized {
  const text = blankRedactions(
    fs
      .readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n'),
  );
  const tokens: string[] = [];
  const lines: number[] = [];
  text.split('\n').forEach((line, index) => {
    // Tags kept as words: a withheld id is typed in attributes too (`<a href="/en/notes/id/">`).
    for (const token of words(line, true).split(' ')) {
      if (!token) continue;
      tokens.push(token);
      lines.push(index + 1);
    }
  });
  return { file: path.relative(root, file).split(path.sep).join('/'), tokens, lines };
}

interface WithheldName {
  tokens: string[];
  /** A withheld id, found in a segment as the audit finds it in a file name: anywhere. */
  id?: string;
}

/** Every withheld id and short withheld name: a path segment holding one is masked. */
function withheldNames(secrets: Secrets): WithheldName[] {
  return secrets.needles
    .filter((n) => n.kind === 'withheld-id' || (n.kind === 'withheld-entry' && / \((name|title|acronym)\)$/.test(n.origin)))
    .map((n): WithheldName => {
      const tokens = words(n.text).split(' ').filter(Boolean);
      return n.kind === 'withheld-id' ? { tokens, id: n.text.toLowerCase() } : { tokens };
    })
    .filter(({ tokens }) => tokens.length > 0 && tokens.length <= 6);
}

function names(segment: string, name: WithheldName): boolean {
  if (name.id && (segment.toLowerCase().includes(name.id) || slugify(segment).includes(name.id))) return true;
  const tokens = words(segment).split(' ');
  return tokens.some((_, i) => name.tokens.every((token, k) => tokens[i + k] === token));
}
