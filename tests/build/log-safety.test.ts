/**
 * A public build's log is safe to publish: whatever goes wrong, it quotes no redacted passage or
 * value and names no withheld entry (DESIGN.md, non-negotiables). Each case breaks the canary binder
 * once, with a unique canary word placed INSIDE a redaction or a withheld entry, builds the public
 * edition, and greps the whole log (stdout and stderr) for the canary and for the withheld entry's
 * id, `canary-withheld`. The build must fail with the expected rule.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, projectRoot, tempWorkdir } from './helpers.ts';

const canary = path.join(projectRoot, 'tests/fixtures/canary/content');
const read = (file: string) => fs.readFileSync(path.join(canary, file), 'utf8');
const withheldId = 'canary-withheld';
const redact = (text: string, marker = 'atia-15-1') => `<Redact marker="${marker}">${text}</Redact>`;
const bodies = (en: string, fr: string) => ({
  'forums/alpha.en.mdx': `${read('forums/alpha.en.mdx')}\n${en}\n`,
  'forums/alpha.fr.mdx': `${read('forums/alpha.fr.mdx')}\n${fr}\n`,
});

interface Case {
  name: string;
  rule: string;
  /** Words that must not appear anywhere in the log. */
  canaries: string[];
  files: Record<string, string | null>;
}

const cases: Case[] = [
  {
    name: 'an unknown marker inside a redacted span',
    rule: 'unknown-marker',
    canaries: ['Canarylogmarkeren', 'Canarylogmarkerfr'],
    files: bodies(
      redact(`Outer ${redact('Canarylogmarkeren', 'atia-99-9')}`),
      redact(`Dehors ${redact('Canarylogmarkerfr', 'atia-99-9')}`),
    ),
  },
  {
    name: 'a bad fiscal year in a redacted field',
    rule: 'invalid-field',
    canaries: ['Canarylogfiscal'],
    files: {
      'funding-programs/delta.yaml': read('funding-programs/delta.yaml').replace(
        'value: { amount: 987654, currency: CAD, period: one-time }',
        'value: { amount: 987654, currency: CAD, period: one-time, from: "Canarylogfiscal-20" }',
      ),
    },
  },
  {
    name: 'a mistyped reference next to a withheld id',
    rule: 'unknown-reference',
    canaries: ['canarylogwithheldorg'],
    files: {
      'stakeholders/canarylogwithheldorg.yaml': `${read('stakeholders/gamma.yaml')}classification: secret\n`,
      'forums/alpha.yaml': read('forums/alpha.yaml').replace('members: [beta, gamma]', 'members: [beta, gamma, canarylogwithheldor]'),
    },
  },
  {
    name: 'a tag in YAML inside a withheld entry',
    rule: 'tag-in-yaml',
    canaries: ['Canarylogtagyaml'],
    files: {
      'notes/canary-withheld.yaml': read('notes/canary-withheld.yaml').replace(
        'summary: { en: "Canarywithheldsummaryen"',
        'summary: { en: "<b>Canarylogtagyaml</b>"',
      ),
    },
  },
  {
    name: 'a misspelled Redact inside a Redact',
    rule: 'redact-misspelled',
    canaries: ['Canarylogmisspelleden', 'Canarylogmisspelledfr'],
    files: bodies(
      redact('A <redact marker="atia-15-1">Canarylogmisspelleden</redact> b'),
      redact('A <redact marker="atia-15-1">Canarylogmisspelledfr</redact> b'),
    ),
  },
  {
    name: 'an unknown component inside a Redact',
    rule: 'unknown-component',
    canaries: ['Canarylogcomponent'],
    files: bodies(redact('A <Canarylogcomponent /> b'), redact('A <Canarylogcomponent /> b')),
  },
  {
    name: 'a passage redacted in English and public in French',
    rule: 'twin-passage-unredacted',
    canaries: ['Canarylogtwin'],
    files: bodies(`The envoy is ${redact('Canarylogtwin')}.`, `L'envoyé est ${redact('quelqu’un')}: Canarylogtwin.`),
  },
  {
    name: 'a missing translation of a withheld entry',
    rule: 'missing-translation',
    canaries: ['Canarywithheldheadingen', 'Canarywithheldbodyen'],
    files: { 'notes/canary-withheld.fr.mdx': null },
  },
  {
    name: 'an invalid field in a withheld entry',
    rule: 'invalid-field',
    canaries: ['Canarylogkind', 'Canarywithheldtitleen'],
    files: {
      'notes/canary-withheld.yaml': read('notes/canary-withheld.yaml')
        .replace('kind: briefing-note', 'kind: Canarylogkind')
        .replace('date: "2019-09-01"', 'date: "2019-13"'),
    },
  },
  {
    name: 'a placeholder to publish, beside placeholders inside redactions and the withheld note',
    rule: 'placeholder',
    canaries: ['Canarylogplaceholderen', 'Canarylogplaceholderfr', 'Canaryplaceholderen', 'Canarywithheldplaceholderen'],
    files: bodies(
      `TODO: the public sentence. ${redact('TODO Canarylogplaceholderen')}`,
      `À FAIRE : la phrase publique. ${redact('À FAIRE Canarylogplaceholderfr')}`,
    ),
  },
];

function sourcesWith(files: Case['files']): string {
  const dir = path.join(tempWorkdir('log-safety'), 'content');
  fs.cpSync(canary, dir, { recursive: true });
  for (const [file, contents] of Object.entries(files)) {
    if (contents === null) fs.rmSync(path.join(dir, file));
    else fs.writeFileSync(path.join(dir, file), contents);
  }
  return dir;
}

describe.each(cases)('a public build with $name', ({ rule, canaries, files }) => {
  it('fails with the rule and its log names no withheld text or entry', () => {
    const result = build({ content: sourcesWith(files), workdir: tempWorkdir('log-safety-out') });
    const log = `${result.stdout}\n${result.stderr}`;
    expect(result.status, log).toBe(1);
    expect(log).toContain(`  ${rule}  `);
    for (const word of [...canaries, withheldId])
      expect(log.toLowerCase(), `the log names ${word}:\n${log}`).not.toContain(word.toLowerCase());
  });
});

describe('the internal build and npm run check', () => {
  it('name the withheld entry, for the editors who must find it', () => {
    const content = sourcesWith({ 'notes/canary-withheld.fr.mdx': null });
    const result = build({ content, workdir: tempWorkdir('log-safety-internal'), edition: 'internal' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`notes/${withheldId}.fr.mdx is missing`);
  });
});
