/**
 * The briefing sections as the redact pass reads them: a title where a section takes one, a key
 * issue with its title and its quoted message, nothing else; an attribute inside a redacted
 * passage is never named.
 */
import { describe, expect, it } from 'vitest';
import { analyseMdx, type KnownIds } from './mdx-source.ts';

const known: KnownIds = { markers: new Set(['atia-15-1']), entries: new Set(), publicEntries: new Set() };
const problems = (text: string) =>
  analyseMdx({ file: 'content/notes/n.en.mdx', rel: 'notes/n.en.mdx', text }, known).diagnostics.map((d) => ({
    rule: d.rule,
    line: d.line,
    message: d.message,
    hint: d.hint,
  }));
const issue = (attrs: string, body = '> We act.\n\n- A fact.') => `<KeyIssue${attrs}>\n\n${body}\n\n</KeyIssue>\n`;

describe('briefing sections', () => {
  it('accepts titled key messages, untitled ones, and a key issue with its title and quoted message', () => {
    expect(problems('<KeyMessages title="Day 1">\n\n- One.\n\n</KeyMessages>\n\n<KeyMessages>\n\n- Two.\n\n</KeyMessages>\n')).toEqual([]);
    expect(problems(issue(' title="Removals cooperation"'))).toEqual([]);
  });

  it('refuses a key issue without a title, or with an empty one', () => {
    expect(problems(issue(''))).toEqual([
      { rule: 'section-no-title', line: 1, message: '<KeyIssue> needs a title', hint: 'write <KeyIssue title="…">' },
    ]);
    expect(problems(issue(' title="  "'))[0]).toMatchObject({ rule: 'section-no-title', message: '<KeyIssue> has an empty title' });
  });

  it('refuses a key issue that does not open with its quoted message', () => {
    expect(problems(issue(' title="Removals"', '- A fact.'))).toEqual([
      expect.objectContaining({ rule: 'key-issue-no-message', message: '<KeyIssue> must open with its key message as a quotation' }),
    ]);
  });

  it('refuses an attribute a section does not take, naming it outside a redaction only', () => {
    expect(problems('<KeyMessages heading="Day 1">\n\n- One.\n\n</KeyMessages>\n')).toEqual([
      {
        rule: 'section-attribute',
        line: 1,
        message: '<KeyMessages> does not take the attribute heading',
        hint: 'write <KeyMessages title="…">, with no other attribute',
      },
    ]);
    expect(problems('<Facts title="Figures">\n\n- One.\n\n</Facts>\n')[0]).toMatchObject({
      rule: 'section-attribute',
      hint: 'write <Facts> with no attribute',
    });
    const inside = problems('<Redact marker="atia-15-1">\n\n<Facts canaryattr="x">\n\n- One.\n\n</Facts>\n\n</Redact>\n');
    expect(inside).toEqual([expect.objectContaining({ rule: 'section-attribute', message: '<Facts> does not take this attribute' })]);
  });
});
