/**
 * The twin-passage check remembers its last result per pair of analysed bodies (the dev server
 * re-checks only the pair a save touched) and gives the same diagnostics as a fresh check.
 */
import { describe, expect, it } from 'vitest';
import { analyseMdx } from './mdx-source.ts';
import { checkTwinPassages, type Twin } from './twin-passages.ts';
import type { Lang } from '../schemas/localized.ts';

const known = { markers: new Set(['atia-15-1']), entries: new Set<string>(), publicEntries: new Set<string>() };

function twin(lang: Lang, text: string): Twin {
  const source = { file: `content/forums/alpha.${lang}.mdx`, rel: `forums/alpha.${lang}.mdx`, text };
  const { facts } = analyseMdx(source, known);
  return { source, facts: facts! };
}

const en = twin('en', 'The envelope is <Redact marker="atia-15-1">$2.5 million</Redact> a year.\n');
const fr = twin('fr', "L'enveloppe est de 2,5 millions de dollars.\n");

describe('checkTwinPassages, remembered', () => {
  it('reports the same leak again for the same pair, as fresh objects', () => {
    const first = checkTwinPassages(en, fr, 'error');
    expect(first).toHaveLength(1);
    first[0]!.withheld = ['forums/alpha'];
    const again = checkTwinPassages(en, fr, 'error');
    const { withheld: _, ...plain } = first[0]!;
    expect(again).toEqual([plain]);
    expect(again[0]).not.toBe(first[0]);
  });

  it('checks again when the other body, its text or the severity changed', () => {
    const clean = twin('fr', "L'enveloppe est de un montant par an.\n");
    expect(checkTwinPassages(en, clean, 'error')).toEqual([]);
    expect(checkTwinPassages(en, fr, 'warning').map((d) => d.severity)).toEqual(['warning']);
    const edited = { source: { ...fr.source, text: "L'enveloppe.\n" }, facts: fr.facts };
    expect(checkTwinPassages(en, edited, 'error')).toEqual([]);
  });
});
