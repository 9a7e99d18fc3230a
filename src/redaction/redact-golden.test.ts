/**
 * Golden fixtures for the redact pass on MDX bodies: each folder of tests/fixtures/redact holds
 * input.mdx and the expected public.mdx and internal.mdx. Run with UPDATE_GOLDEN=1 to rewrite the
 * expected files after a deliberate change, then read the diff.
 *
 * Every public output must keep the input's line count (errors keep pointing at the editor's
 * lines) and must still be valid MDX.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import { analyseMdx, isPlainProse } from './mdx-source.ts';
import { rewriteBody } from './rewrite-body.ts';

const root = path.resolve(import.meta.dirname, '../../tests/fixtures/redact');
const markers = new Set(['atia-15-1', 'atia-21-1-a', 'atia-69-1', 'pa-19-1', 'unspecified']);
const entries = new Set(['forums/public', 'notes/withheld']);
const withheld: Record<string, string[]> = { 'notes/withheld': ['atia-15-1'] };
const update = process.env['UPDATE_GOLDEN'] === '1';

describe.each(fs.readdirSync(root).sort())('%s', (name) => {
  const input = fs.readFileSync(path.join(root, name, 'input.mdx'), 'utf8');
  const source = { file: `${name}/input.mdx`, rel: `${name}/input.mdx`, text: input };
  const { facts, diagnostics } = analyseMdx(source, { markers, entries });

  it('is accepted by the checker', () => {
    expect(diagnostics).toEqual([]);
  });

  for (const edition of ['public', 'internal'] as const) {
    it(`matches ${edition}.mdx`, () => {
      const output = rewriteBody(input, facts!, {
        isPublic: edition === 'public',
        lang: 'en',
        refMarkers: (to) => (edition === 'public' ? withheld[to] : undefined),
      }).text;
      const expectedFile = path.join(root, name, `${edition}.mdx`);
      if (update) fs.writeFileSync(expectedFile, output);
      expect(output).toBe(fs.readFileSync(expectedFile, 'utf8'));
      expect(output.split('\n').length).toBe(input.split('\n').length);
      expect(() => unified().use(remarkParse).use(remarkMdx).use(remarkGfm).parse(output)).not.toThrow();
    });
  }
});

describe('plain prose', () => {
  const known = { markers: new Set(['s.19(1)']), entries: new Set(['forums/igc']) };
  const source = (text: string) => ({ file: 'content/notes/x.en.mdx', rel: 'notes/x.en.mdx', text });

  it('is not parsed, and gives the facts a parse would give', () => {
    const text = '## Overview\n\nCanada’s role: chair, 2019–20. *Emphasis* and **strong**, 50% of $1,000.\n\n- a list\n- of items\n';
    expect(isPlainProse(text)).toBe(true);
    expect(analyseMdx(source(text), known)).toEqual(analyseMdx(source(`${text}\n{/* a comment makes it parsed */}\n`), known));
  });

  it('is only prose: tags, expressions, links, literal markers and import lines are parsed and checked', () => {
    for (const text of [
      'a <redact>b</redact>',
      'a {1 + 1}',
      'see [x](y)',
      '[REDACTED] here',
      'import x from "y"',
      'a\nexport const z = 1',
    ]) {
      expect(isPlainProse(text)).toBe(false);
    }
    expect(analyseMdx(source('a <redact>b</redact>'), known).diagnostics.length).toBeGreaterThan(0);
  });
});
