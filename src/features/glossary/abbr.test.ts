import { describe, expect, it } from 'vitest';
import { markAbbreviations } from './abbr.ts';
import { buildGlossary } from './glossary.ts';

const terms = [
  { term: 'IGC', meaning: 'Intergovernmental Consultations on Migration, Asylum and Refugees' },
  { term: 'IOM', meaning: 'International Organization for Migration' },
  { term: 'M5', meaning: 'Migration Five' },
];
const page = (main: string) =>
  `<html><head><title>IGC</title></head><body><header><a>IGC</a></header><main>${main}</main><footer>IGC</footer></body></html>`;

describe('markAbbreviations', () => {
  it('marks the first use of each term in <main> only', () => {
    const out = markAbbreviations(page('<p>The IGC and the IOM. Later the IGC again.</p>'), terms);
    expect(out).toContain(
      '<main><p>The <abbr title="Intergovernmental Consultations on Migration, Asylum and Refugees">IGC</abbr> and the <abbr title="International Organization for Migration">IOM</abbr>. Later the IGC again.</p></main>',
    );
    expect(out).toContain('<title>IGC</title>');
    expect(out).toContain('<footer>IGC</footer>');
  });

  it('skips links, code, existing abbreviations, hidden text and redaction markers', () => {
    const html = page(
      '<p><a href="/x">IGC</a> <code>IGC</code> <abbr title="x">IGC</abbr> <span class="visually-hidden">IGC</span> <span class="redacted"><span aria-hidden="true">IGC</span></span> then IGC.</p>',
    );
    expect(markAbbreviations(html, terms)).toContain(
      'then <abbr title="Intergovernmental Consultations on Migration, Asylum and Refugees">IGC</abbr>.',
    );
  });

  it('matches whole words only', () => {
    const out = markAbbreviations(page('<p>IGCs and M55 and xIOM, but M5.</p>'), terms);
    expect(out).toContain('<p>IGCs and M55 and xIOM, but <abbr title="Migration Five">M5</abbr>.</p>');
  });

  it('prefers the longest term at a position, matches terms of several words, and never overlaps', () => {
    const many = [
      ...Array.from({ length: 3000 }, (_, i) => ({ term: `X${i}`, meaning: `Term ${i}` })),
      { term: 'GF', meaning: 'short' },
      { term: 'GFMD', meaning: 'Global Forum on Migration and Development' },
      { term: 'Five Eyes', meaning: 'the five countries' },
      { term: 'Eyes', meaning: 'never inside Five Eyes' },
      { term: 'R&amp;D', meaning: 'research' },
    ];
    const out = markAbbreviations(page('<p>GFMD, GF, Five Eyes, X2999 and X29999, R&amp;D; then Eyes.</p>'), many);
    expect(out).toContain(
      '<p><abbr title="Global Forum on Migration and Development">GFMD</abbr>, <abbr title="short">GF</abbr>, <abbr title="the five countries">Five Eyes</abbr>, <abbr title="Term 2999">X2999</abbr> and X29999, <abbr title="research">R&amp;D</abbr>; then <abbr title="never inside Five Eyes">Eyes</abbr>.</p>',
    );
  });

  it('leaves a page without terms as it was', () => {
    const html = page('<p>Nothing to mark.</p>');
    expect(markAbbreviations(html, terms)).toBe(html);
  });
});

describe('buildGlossary', () => {
  const source = {
    binder: {
      department: { en: 'Immigration, Refugees and Citizenship Canada', fr: 'Immigration, Réfugiés et Citoyenneté Canada' },
      departmentShort: { en: 'IRCC', fr: 'IRCC' },
    },
    entries: [
      {
        collection: 'stakeholders' as const,
        id: 'iom',
        name: { en: 'International Organization for Migration', fr: 'Organisation internationale pour les migrations' },
        acronym: { en: 'IOM', fr: 'OIM' },
      },
      { collection: 'forums' as const, id: 'x', name: { en: 'No acronym', fr: 'Sans sigle' } },
    ],
    terms: [
      {
        term: { en: 'PACP', fr: 'CPCP' },
        meaning: { en: 'Standing Committee on Public Accounts', fr: 'Comité permanent des comptes publics' },
      },
    ],
  };
  it('lists the department, entries with acronyms and extra terms, sorted, per language', () => {
    expect(buildGlossary(source, 'fr').map((t) => t.term)).toEqual(['CPCP', 'IRCC', 'OIM']);
    expect(buildGlossary(source, 'en').find((t) => t.term === 'IOM')).toEqual({
      term: 'IOM',
      meaning: 'International Organization for Migration',
      entry: { collection: 'stakeholders', id: 'iom' },
    });
  });
});
