/**
 * A body's headings: no level-1 heading (the page title is the page's one h1), and no <IfPressed>
 * without the question its heading shows; both at the editor's line and column, never quoting a
 * heading or a question inside a redacted passage.
 */
import { describe, expect, it } from 'vitest';
import { analyseMdx, type KnownIds } from './mdx-source.ts';

const known: KnownIds = { markers: new Set(['atia-15-1']), entries: new Set(), publicEntries: new Set() };
const problems = (text: string) =>
  analyseMdx({ file: 'content/notes/n.en.mdx', rel: 'notes/n.en.mdx', text }, known).diagnostics.map((d) => ({
    rule: d.rule,
    line: d.line,
    column: d.column,
    message: d.message,
    hint: d.hint,
  }));

describe('level-1 headings in a body', () => {
  it('refuses # Heading at its line and column, even in plain prose', () => {
    expect(problems('Intro.\n\n# Overview\n\nText.')).toEqual([
      {
        rule: 'body-h1',
        line: 3,
        column: 1,
        message: 'a level-1 heading in a body: the page title is the page’s only h1',
        hint: 'start body headings at ## (the page title is the h1)',
      },
    ]);
  });

  it('refuses a heading underlined with === and an <h1>', () => {
    expect(problems('Overview\n===\n\nText.')).toMatchObject([{ rule: 'body-h1', line: 1, column: 1 }]);
    expect(problems('Text.\n\n<h1>Overview</h1>\n')).toMatchObject([{ rule: 'body-h1', line: 3, column: 1 }]);
  });

  it('never quotes a heading inside a redacted passage', () => {
    const found = problems('Intro.\n\n<Redact marker="atia-15-1">\n\n# Canaryheadingone plan\n\n</Redact>\n');
    expect(found).toMatchObject([{ rule: 'body-h1', line: 5, column: 1 }]);
    expect(JSON.stringify(found)).not.toMatch(/canaryheadingone/i);
  });

  it('accepts ## and deeper, a # inside a paragraph, and === that underlines nothing', () => {
    expect(problems('## Overview\n\n### Detail\n\nIssue #3 and C# code.\n\n<h2>x</h2>')).toEqual([]);
    expect(problems('Text:\n\n    # indented code\n')).toEqual([]);
  });
});

describe('<IfPressed> and its question', () => {
  it('refuses an <IfPressed> without question, at the tag', () => {
    expect(problems('Intro.\n\n<IfPressed>\n\nThe answer.\n\n</IfPressed>\n')).toEqual([
      {
        rule: 'ifpressed-no-question',
        line: 3,
        column: 1,
        message: '<IfPressed> needs its question',
        hint: 'write <IfPressed question="If pressed on …"> (in French, question="Si l’on insiste sur …")',
      },
    ]);
  });

  it('refuses an empty or blank question, and a bare question attribute', () => {
    expect(problems('<IfPressed question="">\n\nA.\n\n</IfPressed>')).toMatchObject([
      { rule: 'ifpressed-no-question', message: '<IfPressed> has an empty question' },
    ]);
    expect(problems('<IfPressed question="   ">\n\nA.\n\n</IfPressed>')).toMatchObject([{ rule: 'ifpressed-no-question' }]);
    expect(problems('<IfPressed question>\n\nA.\n\n</IfPressed>')).toMatchObject([{ rule: 'ifpressed-no-question' }]);
  });

  it('accepts a question, in either language', () => {
    expect(problems('<IfPressed question="If pressed on the timeline:">\n\nA.\n\n</IfPressed>')).toEqual([]);
    expect(problems('<IfPressed question="Si l’on insiste sur le calendrier">\n\nR.\n\n</IfPressed>')).toEqual([]);
  });
});
