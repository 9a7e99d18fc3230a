/**
 * Rules about the briefing components of an MDX body (<KeyMessages>, <Facts>, <Background>,
 * <NextSteps>, <KeyIssue>): the attributes they take and what a key issue holds. Kept beside
 * mdx.ts, whose rules they extend, so that neither file outgrows the size budget. Inside a
 * redacted passage the call site leaves an attribute's name out.
 */
import { rule } from '../rule.ts';

export const briefingRules = {
  'section-attribute': rule<{ component: string; attribute?: string | undefined; takesTitle: boolean }>({
    title: 'An attribute a briefing section does not take',
    why: 'A briefing section takes a title at most (<KeyIssue title="…">, <KeyMessages title="Day 1">); any other attribute would be dropped unread.',
    fix: 'Remove the attribute; to name the section, write title="…" where it takes one.',
    message: ({ component, attribute }) =>
      `<${component}> does not take ${attribute === undefined ? 'this attribute' : `the attribute ${attribute}`}`,
    hint: ({ component, takesTitle }) =>
      takesTitle ? `write <${component} title="…">, with no other attribute` : `write <${component}> with no attribute`,
    examples: [
      { component: 'KeyMessages', attribute: 'heading', takesTitle: true },
      { component: 'Facts', takesTitle: false },
    ],
  }),
  'section-no-title': rule<{ component: string; empty: boolean }>({
    title: 'A key issue without its title',
    why: 'A key issue’s title is its heading, the line of the page’s outline and its anchor; an empty title would leave a section no one can find.',
    fix: 'Write the title as text: <KeyIssue title="Removals cooperation">.',
    message: ({ component, empty }) => (empty ? `<${component}> has an empty title` : `<${component}> needs a title`),
    hint: ({ component }) => `write <${component} title="…">`,
    examples: [
      { component: 'KeyIssue', empty: false },
      { component: 'KeyMessages', empty: true },
    ],
  }),
  'key-issue-no-message': rule({
    title: 'A key issue without its key message',
    why: 'A key issue opens with the message to deliver, quoted, then the facts that support it; without the quotation the reader cannot tell the message from the facts.',
    fix: 'Open the key issue with its message as a quotation: a line starting with > .',
    message: () => '<KeyIssue> must open with its key message as a quotation',
    hint: () => 'write the message on the first line inside the key issue, starting with > , then the supporting facts as a list',
    examples: [{}],
  }),
};
