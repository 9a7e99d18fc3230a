/**
 * English/French parity: a passage redacted in one twin must not be public in the other (names,
 * numbers and amounts read the same in both languages), an empty twin is a missing translation, an
 * unreadable twin is not also missing. Messages name the two places, never the passage.
 */
import { describe, expect, it } from 'vitest';
import { analyseMdx } from './mdx-source.ts';
import { checkParity } from './parity.ts';
import type { SourceFile } from './sources.ts';
import type { Lang } from '../schemas/localized.ts';

const known = {
  markers: new Set(['atia-15-1', 'atia-21-1-a']),
  entries: new Set(['forums/alpha']),
  publicEntries: new Set(['forums/alpha']),
};
const file = (lang: Lang, text: string): SourceFile => ({
  file: `content/forums/alpha.${lang}.mdx`,
  rel: `forums/alpha.${lang}.mdx`,
  text,
});

function parity(en: string | undefined, fr: string | undefined, options: { unreadable?: Lang[]; mode?: 'build' | 'dev' } = {}) {
  const files: Partial<Record<Lang, SourceFile>> = {};
  const analysed: Partial<Record<Lang, { source: SourceFile; facts: NonNullable<ReturnType<typeof analyseMdx>['facts']> }>> = {};
  for (const [lang, text] of [
    ['en', en],
    ['fr', fr],
  ] as const) {
    if (text === undefined) continue;
    files[lang] = file(lang, text);
    const { facts, diagnostics } = analyseMdx(files[lang], known);
    expect(diagnostics).toEqual([]);
    if (facts) analysed[lang] = { source: files[lang], facts };
  }
  return checkParity(
    { folder: 'content/forums', id: 'alpha', files, unreadable: new Set(options.unreadable ?? []), analysed },
    options.mode ?? 'build',
  );
}

const redact = (text: string) => `<Redact marker="atia-15-1">${text}</Redact>`;

describe('a passage redacted in one twin and public in the other', () => {
  it('is an amount: "$2.5 million" in English, "2,5 millions" in French', () => {
    const [d, ...rest] = parity(
      `The envelope is ${redact('$2.5 million')} a year.\n`,
      `L'enveloppe est de ${redact('un montant')} par an.\n\nSoit 2,5 millions de dollars.\n`,
    );
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      file: 'content/forums/alpha.fr.mdx',
      line: 3,
      column: 6,
      rule: 'twin-passage-unredacted',
      severity: 'error',
    });
    expect(d!.message).toBe('a number redacted in content/forums/alpha.en.mdx:1:17 appears here outside a redaction');
    expect(`${d!.message} ${d!.hint}`).not.toMatch(/2[.,]5|million/);
  });

  it('is a name, matched on whole words whatever the case and punctuation', () => {
    const [d] = parity(`Led by ${redact('Canaryname Bluefin')}.\n`, `Dirigé par ${redact('quelqu’un')} — CANARYNAME, bluefin!\n`);
    expect(d).toMatchObject({ file: 'content/forums/alpha.fr.mdx', line: 1, column: 60, rule: 'twin-passage-unredacted' });
    expect(d!.message).toBe('a passage redacted in content/forums/alpha.en.mdx:1:8 appears here outside a redaction');
  });

  it('is caught from French to English too', () => {
    const [d] = parity(`The Bluefin plan ${redact('ends')}.\n`, `Le plan ${redact('Bluefin')}.\n`);
    expect(d).toMatchObject({ file: 'content/forums/alpha.en.mdx', line: 1, column: 5 });
    expect(d!.message).toContain('content/forums/alpha.fr.mdx:1:9');
  });

  it('is caught when the twins redact different numbers under the same marker', () => {
    const [d] = parity(`We send ${redact('12 delegates')}.\n`, `Nous envoyons ${redact('8 délégués')}, soit 12 au total.\n`);
    expect(d).toMatchObject({ file: 'content/forums/alpha.fr.mdx', rule: 'twin-passage-unredacted' });
    expect(d!.message).toMatch(/^a number redacted in content\/forums\/alpha\.en\.mdx:1:9/);
  });

  it('counts text that renders from an attribute (a question) as public', () => {
    const en = `<IfPressed question="If pressed on Bluefin">\n\nWe do not comment ${redact('on that')}.\n\n</IfPressed>\n`;
    const fr = `<IfPressed question="Si l'on insiste">\n\n${redact('Bluefin')}\n\n</IfPressed>\n`;
    expect(parity(en, fr)[0]).toMatchObject({ file: 'content/forums/alpha.en.mdx', line: 1, rule: 'twin-passage-unredacted' });
  });

  it('is a warning in the dev server', () => {
    expect(parity(`Led by ${redact('Bluefin')}.\n`, `Dirigé par ${redact('x')}, Bluefin.\n`, { mode: 'dev' })[0]).toMatchObject({
      severity: 'warning',
    });
  });
});

describe('what is not taken for a leak', () => {
  it('a passage both twins redact', () => {
    expect(parity(`Led by ${redact('Bluefin, 2019')}.\n`, `Dirigé par ${redact('Bluefin, 2019')}.\n`)).toEqual([]);
  });

  it('a passage of short words or a one-digit number', () => {
    expect(parity(`It is ${redact('one of the')} best, ${redact('5')}.\n`, `${redact('x')} and ${redact('y')}: one of the 5.\n`)).toEqual(
      [],
    );
  });

  it('a passage the redacting body also shows publicly', () => {
    expect(
      parity(
        `Canada leads. ${redact('Canada')} chairs in 2019; ${redact('2019')}.\n`,
        `${redact('x')} ${redact('y')} Le Canada, en 2019.\n`,
      ),
    ).toEqual([]);
  });

  it('numbers in marker ids, tag names and entry ids', () => {
    expect(
      parity(`See <Ref to="forums/alpha" />. ${redact('15 years')}.\n`, `Voir <Ref to="forums/alpha" />. ${redact('15 ans')}.\n`),
    ).toEqual([]);
    expect(
      parity(
        `A ${redact('Bluefin')} <Redact marker="atia-21-1-a">b</Redact>.\n`,
        `A ${redact('c')} <Redact marker="atia-21-1-a">d</Redact>, 21.\n`,
      ),
    ).toEqual([]);
  });
});

describe('missing and empty twins', () => {
  it('an empty body whose twin has prose is a missing translation, reported once at its start', () => {
    const found = parity(`Text ${redact('secret')}.\n`, '  \n\n');
    expect(found).toEqual([
      expect.objectContaining({ file: 'content/forums/alpha.fr.mdx', line: 1, column: 1, rule: 'missing-translation', severity: 'error' }),
    ]);
    expect(found[0]!.message).toBe('this French body is empty, and its twin content/forums/alpha.en.mdx is not');
  });

  it('is a warning in the dev server, and two empty bodies are an entry with facts only', () => {
    expect(parity('\n', 'Texte.\n', { mode: 'dev' })).toEqual([
      expect.objectContaining({ rule: 'missing-translation', severity: 'warning', file: 'content/forums/alpha.en.mdx' }),
    ]);
    expect(parity('', '\n')).toEqual([]);
  });

  it('a twin that exists but could not be read is not also missing', () => {
    expect(parity('Text.\n', undefined, { unreadable: ['fr'] })).toEqual([]);
    expect(parity('Text.\n', undefined)).toEqual([
      expect.objectContaining({ rule: 'missing-translation', file: 'content/forums/alpha.fr.mdx' }),
    ]);
  });
});
