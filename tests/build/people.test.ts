/**
 * People in a real build of the canary fixture: a person's page with the title in force in both
 * languages, contacts withheld by default (a marker with ATIA s.19(1) in the public edition, the
 * text marked with its basis in the internal one) and a public general line shown in both; a
 * person withheld as a whole has no page and is a marker wherever a forum, a meeting or a
 * <Person> names them; a named person's redacted title is a marker; a withheld statistic counts on
 * the redaction register. tests/build/canary.test.ts greps the whole public output for the Canary
 * words of tests/fixtures/canary/content/people/.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEditions, projectRoot, tempWorkdir } from './helpers.ts';

const content = path.join(projectRoot, 'tests/fixtures/canary/content');
const workdir = tempWorkdir('people');

const built = buildEditions(content, workdir);

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('people', () => {
  it('builds both editions', () => {
    expect(built.internal.status, built.internal.stderr).toBe(0);
    expect(built.publicBuild.status, built.publicBuild.stderr).toBe(0);
  });

  it('gives a public person a page, by title when the name is withheld, in both languages', () => {
    const en = built.publicTree.get('en/people/canary-contact/index.html')!;
    const fr = built.publicTree.get('fr/personnes/canary-contact/index.html')!;
    expect(en).toMatch(/<h1[^>]*>\s*Liaison Officer\s*<\/h1>/);
    expect(fr).toMatch(/<h1[^>]*>\s*Agente de liaison\s*<\/h1>/);
    expect(text(en)).toContain('[REDACTED] s.19(1) ATIA');
  });

  it('leaks no Canary word of the people fixtures into any public file (search index included)', () => {
    const words = [
      'canarypersonname',
      'canarypersonemail',
      'canarypersonphone',
      'canarypersonaddress',
      'canarywithheldperson',
      'canary-withheld-person',
    ];
    const leaks = [...built.publicTree].flatMap(([file, html]) =>
      words.filter((w) => html.toLowerCase().includes(w)).map((w) => `${file}: ${w}`),
    );
    expect(leaks).toEqual([]);
    const internalText = [...built.internalTree.values()].join('\n').toLowerCase();
    for (const w of words) expect(internalText, w).toContain(w);
  });

  it('withholds contacts by default and shows the public general line', () => {
    const en = text(built.publicTree.get('en/people/canary-contact/index.html')!);
    expect(en).toContain('Forum general line: 613-555-0123');
    expect(en).not.toContain('613-555-0177');
    expect(en.match(/Contact: \[REDACTED\] s\.19\(1\) ATIA/g)).toHaveLength(3);
    for (const [, html] of built.publicTree) expect(html).not.toContain('613-555-0177');
  });

  it('shows the internal edition every contact, marked with its basis', () => {
    const html = built.internalTree.get('en/people/canary-contact/index.html')!;
    expect(html).toContain('canarypersonemail@example.gc.ca');
    expect(html).toContain('613-555-0177');
    expect(text(html)).toContain('CanaryPersonName');
    expect(text(html)).toMatch(/s\.19\(1\) ATIA/);
  });

  it('leaves a withheld person out: no page, a marker where they are named', () => {
    expect([...built.publicTree.keys()].filter((f) => f.includes('canary-withheld-person'))).toEqual([]);
    expect(built.internalTree.has('en/people/canary-withheld-person/index.html')).toBe(true);
    const forum = text(built.publicTree.get('en/forums/alpha/index.html')!);
    expect(forum).toMatch(/Director General\s*:\s*\[REDACTED\] s\.19\(1\) ATIA/);
    expect(forum).toMatch(/Attending\s*:\s*\[REDACTED\] s\.19\(1\) ATIA[^;]*;\s*\[REDACTED\] s\.19\(1\) ATIA[^,]*, Liaison Officer/);
    const beta = text(built.publicTree.get('en/organizations/beta/index.html')!);
    expect(beta).toMatch(/Beta works with \[REDACTED\] s\.19\(1\) ATIA[^,]*, with/);
  });

  it('names a person with the title in force in the page’s language, linked to their page', () => {
    const fr = built.publicTree.get('fr/organisations/beta/index.html')!;
    expect(fr).toContain('href="/fr/personnes/canary-contact/"');
    expect(text(fr)).toContain('agente de liaison');
  });

  it('shows a named person whose title is redacted with a marker where the title was, everywhere it is printed', () => {
    const page = text(built.publicTree.get('en/people/canary-covert/index.html')!);
    expect(page).toMatch(/Title \[REDACTED\] s\.19\(1\) ATIA/);
    expect(page).toContain(
      'Titles [REDACTED] s.19(1) ATIA Redacted under section 19(1) of the Access to Information Act (since January 2019) Policy Analyst',
    );
    expect(built.publicTree.get('en/people/canary-covert/index.html')).toMatch(/<h1[^>]*>\s*Robin Tremblay\s*<\/h1>/);
    const beta = built.publicTree.get('en/organizations/beta/index.html')!;
    expect(beta).toContain('<a href="/en/people/canary-covert/">Robin Tremblay</a>, <span class="redacted">');
    const forum = text(built.publicTree.get('en/forums/alpha/index.html')!);
    expect(forum).toMatch(/Robin Tremblay , \[REDACTED\] s\.19\(1\) ATIA/);
    expect(text(built.publicTree.get('fr/personnes/canary-covert/index.html')!)).toMatch(/Titre \[CAVIARDÉ\] par\. 19\(1\) LAI/);
    // The canary words of the title are absent from every public file: canary.test.ts.
  });

  it('shows the internal edition a redacted title marked with its basis, in the gendered French forms', () => {
    const en = built.internalTree.get('en/people/canary-covert/index.html')!;
    expect(en).toMatch(/<mark class="redact-shown">[^]*?CanaryCovertTitleen/);
    expect(text(built.internalTree.get('fr/personnes/canary-covert/index.html')!)).toContain(
      'CanaryCovertTitlefem ou CanaryCovertTitlemasc',
    );
  });

  it('counts a withheld statistic on the redaction register in a row that names no statistic', () => {
    for (const [tree, page] of [
      [built.publicTree, 'en/redactions/index.html'],
      [built.internalTree, 'en/redactions/index.html'],
    ] as const) {
      const register = tree.get(page)!;
      expect(text(register)).toMatch(/Statistics with a withheld value or source 1 Total/);
      expect(register).not.toMatch(/withheld-count|Claims under review|987/);
    }
    expect(text(built.publicTree.get('fr/caviardages/index.html')!)).toContain('Statistiques dont la valeur ou la source est soustraite 1');
  });

  it('lists where a person appears', () => {
    const en = text(built.publicTree.get('en/people/canary-contact/index.html')!);
    expect(en).toContain('Where this person appears');
    expect(en).toMatch(/Alpha Forum \(Forums\s*: represents the department, key contact,? and attends\)/);
    expect(en).toMatch(/Beta Organization \(Organizations\s*: named\)/);
  });
});
