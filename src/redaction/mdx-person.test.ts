/**
 * <Person id="…" /> in a body: the id names someone in content/people/ (reported at the attribute,
 * with a suggestion from public people only), the tag takes id and title="false" and no content,
 * and in the public copy a <Person> naming a withheld person becomes a marker.
 */
import { describe, expect, it } from 'vitest';
import { analyseMdx, type KnownIds } from './mdx-source.ts';
import { rewriteBody } from './rewrite-body.ts';

const known: KnownIds = {
  markers: new Set(['atia-15-1', 'atia-19-1']),
  entries: new Set(['people/dg-iir', 'people/canary-withheld', 'forums/igc']),
  publicEntries: new Set(['people/dg-iir', 'forums/igc']),
};
const source = (text: string) => ({ file: 'content/forums/igc.en.mdx', rel: 'forums/igc.en.mdx', text });
const problems = (text: string) => analyseMdx(source(text), known).diagnostics;

describe('<Person>', () => {
  it('accepts a known id, with or without title="false"', () => {
    expect(problems('As <Person id="dg-iir" /> said, <Person id="dg-iir" title="false" /> agreed.')).toEqual([]);
  });

  it('refuses an unknown id at the attribute, suggesting public people only', () => {
    const [d, ...rest] = problems('As <Person id="dg-iri" /> said.');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ rule: 'unknown-person', line: 1, column: 12, severity: 'error', hint: 'did you mean "dg-iir"?' });
    const [near] = problems('As <Person id="canary-withheid" /> said.');
    expect(JSON.stringify(near)).not.toContain('canary-withheld');
  });

  it('never quotes an unknown id inside a redacted passage', () => {
    const [d] = problems('<Redact marker="atia-15-1">Met <Person id="canarysecretid" />.</Redact>');
    expect(d).toMatchObject({ rule: 'unknown-person' });
    expect(JSON.stringify(d)).not.toContain('canarysecretid');
  });

  it.each([
    ['no id', '<Person />', 'no-id'],
    ['another attribute', '<Person id="dg-iir" name="x" />', 'attribute'],
    ['content', '<Person id="dg-iir">Jane</Person>', 'children'],
  ])('refuses a <Person> with %s', (_name, text) => {
    expect(problems(text)[0]).toMatchObject({ rule: 'person-attribute', severity: 'error' });
  });

  it('becomes a marker in the public copy when the person is withheld', () => {
    const text = 'Met <Person id="canary-withheld" /> and <Person id="dg-iir" />.';
    const facts = analyseMdx(source(text), known).facts!;
    const out = rewriteBody(text, facts, {
      isPublic: true,
      lang: 'en',
      refMarkers: (to) => (to === 'people/canary-withheld' ? ['atia-19-1'] : undefined),
    }).text;
    expect(out).not.toContain('canary-withheld');
    expect(out).toBe('Met <Redacted lang="en" markers="atia-19-1" /> and <Person lang="en" id="dg-iir" />.');
  });
});
