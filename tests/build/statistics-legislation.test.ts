/**
 * Statistics and legislation in a real build of the canary fixture: <Stat> formats its number per
 * language with its source and period; a withheld number and source are markers in the public
 * edition (in no form anywhere in the output: 987123, 987,123, 987 123, "1 million") and shown
 * marked in the internal one; <Cite> renders the localised citation linked to the legislation
 * page, which lists each act and the pages citing it; a <Cite> inside a <Redact> leaves no trace
 * in the public edition (tests/build/canary.test.ts greps for the Canary words too).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEditions, projectRoot, tempWorkdir } from './helpers.ts';

const content = path.join(projectRoot, 'tests/fixtures/canary/content');
const workdir = tempWorkdir('statistics-legislation');

const built = buildEditions(content, workdir);

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/[ \t\r\n]+/g, ' ');

describe('statistics', () => {
  it('builds both editions', () => {
    expect(built.internal.status, built.internal.stderr).toBe(0);
    expect(built.publicBuild.status, built.publicBuild.stderr).toBe(0);
  });

  it('formats a statistic per language, with its source and period', () => {
    expect(text(built.publicTree.get('en/forums/alpha/index.html')!)).toContain(
      '21.9% (source: Alpha Forum secretariat, 2019) of members attend',
    );
    expect(text(built.publicTree.get('fr/forums/alpha/index.html')!)).toContain(
      '21,9\u00a0% (source\u00a0: Secrétariat du Forum Alpha, 2019) des membres y assistent',
    );
  });

  it('shows a withheld number and source as markers, in no form anywhere in the public output', () => {
    const en = text(built.publicTree.get('en/forums/alpha/index.html')!);
    expect(en).toContain('Its figures: [REDACTED] s.15(1) ATIA');
    expect(en).toMatch(/\(source: \[REDACTED\] s\.15\(1\) ATIA .*, June 2019\) claims/);
    const forms = [/987[,\s\u00a0\u202f]?123/, /\b1 million/, /1[,.]0? million/];
    for (const [file, body] of built.publicTree) for (const form of forms) expect(`${file}: ${form.test(body)}`).toBe(`${file}: false`);
  });

  it('shows the internal edition the number, marked with its basis', () => {
    const en = text(built.internalTree.get('en/forums/alpha/index.html')!);
    expect(en).toContain('987,123');
    expect(en).toContain('CanaryStatSourceEn survey');
    expect(text(built.internalTree.get('fr/forums/alpha/index.html')!)).toMatch(/987[\u00a0\u202f]123/);
  });
});

describe('legislation', () => {
  it('renders a citation in each language, linked to the act on the legislation page', () => {
    expect(built.publicTree.get('en/forums/alpha/index.html')).toContain(
      '<a class="citation" href="/en/legislation/#act-alpha-act">AA, s.\u00a03(3)(a)</a>',
    );
    expect(built.publicTree.get('fr/forums/alpha/index.html')).toContain(
      '<a class="citation" href="/fr/lois/#act-alpha-act">LA, al.\u00a03(3)a)</a>',
    );
  });

  it('lists each act with its citation and the pages that cite it', () => {
    const en = built.publicTree.get('en/legislation/index.html')!;
    expect(en).toContain('id="act-alpha-act"');
    expect(text(en)).toContain('Citation: S.C. 2001, c. 99');
    expect(en).toMatch(/id="act-alpha-act"[\s\S]*?href="\/en\/forums\/alpha\/"/);
    expect(text(built.publicTree.get('fr/lois/index.html')!)).toContain('Référence\u00a0: L.C. 2001, ch. 99');
  });

  it('counts a citation inside a redacted passage in the internal edition only', () => {
    const cited = (html: string) => /id="act-canary-treaty"[\s\S]*?<\/article>/.exec(html)![0];
    expect(text(cited(built.publicTree.get('en/legislation/index.html')!))).toContain('No page of this edition cites it.');
    expect(cited(built.internalTree.get('en/legislation/index.html')!)).toContain('href="/en/forums/alpha/"');
    expect(built.publicTree.get('en/forums/alpha/index.html')).not.toContain('act-canary-treaty');
  });
});
