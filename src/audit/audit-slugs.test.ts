/**
 * A redacted heading that reached rehype-slug would leak through its id. The audit makes heading
 * ids exactly as rehype-slug does (github-slugger), so it finds them whatever the punctuation.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import rehypeSlug from 'rehype-slug';
import { describe, expect, it } from 'vitest';
import { auditOutput } from './audit.ts';
import { headingSlug, slugify } from './normalize.ts';
import { writeTree } from '../../tests/temp.ts';

/** The ids rehype-slug gives these headings, in this order, on one page. */
function rehypeIds(texts: string[]): string[] {
  const headings: Element[] = texts.map((value) => ({
    type: 'element',
    tagName: 'h2',
    properties: {},
    children: [{ type: 'text', value }],
  }));
  const tree: Root = { type: 'root', children: headings };
  (rehypeSlug() as (tree: Root) => void)(tree);
  return headings.map((h) => String(h.properties['id']));
}

const headings = ['Alpha — beta', 'Canada’s Role', 'Été 2020', 'Alpha.Beta plans', 'U.S. and E.U. talks'];

describe('heading slugs', () => {
  it('are the ids rehype-slug gives', () => {
    expect(headings.map(headingSlug)).toEqual(rehypeIds(headings));
    expect(headingSlug('Alpha — beta')).toBe('alpha--beta');
    expect(headingSlug('Canada’s Role')).toBe('canadas-role');
    expect(headingSlug('Été 2020')).toBe('été-2020');
  });

  it('differ from the slug of a file or route name, which the audit keeps for withheld ids in paths', () => {
    expect(slugify('Alpha — beta')).toBe('alpha-beta');
    expect(slugify('en/notes/canary-withheld/index.html')).toBe('en-notes-canary-withheld-index-html');
  });
});

const root = path.resolve(import.meta.dirname, '../..');
const secretHeadings = ['Zorblax — beta', 'Zorblax’s Role', 'Été Zorblax 2020', 'Zorb.Lax plans', 'Q.R.S.T. Zorblax talks'];

const binderWith = (body: string) =>
  writeTree({ 'forums/alpha.en.mdx': body }, { name: 'slugs', from: path.join(root, 'tests/fixtures/canary/content') });
const output = (html: string) => writeTree({ 'en/forums/alpha/index.html': html }, { name: 'slugs-out' });

describe('the audit, on heading ids', () => {
  const redacted = binderWith(
    `The forum meets.\n\n<Redact marker="atia-15-1">\n\n${secretHeadings.map((h) => `## ${h}\n\nText.\n`).join('\n')}\n</Redact>\n`,
  );

  it.each(secretHeadings.map((heading, i) => [heading, rehypeIds(secretHeadings)[i]!]))(
    'finds the redacted heading "%s" in an id "%s"',
    (_, id) => {
      const result = auditOutput(redacted, output(`<p>The forum meets.</p><h2 id="${id}">[REDACTED]</h2>`));
      expect(result.hits.map((h) => h.file)).toContain('en/forums/alpha/index.html');
    },
  );

  it('finds a slug that only github-slugger makes (punctuation dropped inside a word), deduplicated or in a link', () => {
    for (const html of ['<h2 id="zorblax-plans-1">x</h2>', '<a href="#zorblax-plans">x</a>', '<h2 id="qrst-zorblax-talks">x</h2>']) {
      const result = auditOutput(redacted, output(`<p>The forum meets.</p>${html}`));
      expect(
        result.hits.map((h) => h.form),
        html,
      ).toEqual(['heading id']);
    }
  });

  it('does not take a public heading of the same words for a leak', () => {
    const binder = binderWith('## Q.R.S.T. Zorblax talks\n\nThe forum meets. <Redact marker="atia-15-1">Q.R.S.T. Zorblax talks</Redact>\n');
    const result = auditOutput(binder, output('<h2 id="qrst-zorblax-talks">Q.R.S.T. Zorblax talks</h2>'));
    expect(result.hits).toEqual([]);
  });

  it('makes ids only of a withheld body\'s headings, never of its tags (".redact" in a stylesheet is no leak)', () => {
    const binder = binderWith('The forum meets.\n');
    fs.writeFileSync(
      path.join(binder, 'notes/canary-withheld.en.mdx'),
      '<Redact marker="atia-15-1">\n\nQuiet words here.\n\n</Redact>\n\n## Zorb.Lax withdrawal timetable\n',
    );
    const dir = output('<p>The forum meets.</p>');
    fs.writeFileSync(path.join(dir, 'style.css'), '.redact { outline: 1px } .redact-markeratia-15-1 { color: red }');
    expect(auditOutput(binder, dir).hits.filter((h) => h.form === 'heading id')).toEqual([]);
    fs.writeFileSync(path.join(dir, 'en/forums/alpha/index.html'), '<h2 id="zorblax-withdrawal-timetable">x</h2>');
    expect(auditOutput(binder, dir).hits.map((h) => h.form)).toContain('heading id');
  });

  it('does not take a number that lost its separators for a heading', () => {
    const result = auditOutput(redacted, output('<svg><rect y="987654"></rect></svg>'));
    expect(result.hits).toEqual([]);
  });
});
