/**
 * Notes of more kinds in a real build of the canary fixture: a committee appearance (its
 * committee, time, Parliament, officials by hour, deliverables with deadlines, one official and
 * one deliverable withheld), a letter (letterhead, salutation, closing, signatories, a withheld
 * enclosure and contact block), the Question Period notes page (newest first, a withheld issue
 * as a marker, a withheld note not listed), titled key messages and key issues with ids from
 * public text. tests/build/canary.test.ts greps the whole public output for every Canary word.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEditions, projectRoot, tempWorkdir } from './helpers.ts';

const content = path.join(projectRoot, 'tests/fixtures/canary/content');
const workdir = tempWorkdir('note-kinds');

const built = buildEditions(content, workdir);

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, '’')
    .replace(/\s+/g, ' ');
const page = (tree: Map<string, string>, file: string) => {
  const html = tree.get(file);
  expect(html, `no ${file}`).toBeDefined();
  return html!;
};

describe('notes of more kinds', () => {
  it('builds both editions', () => {
    expect(built.internal.status, built.internal.stderr).toBe(0);
    expect(built.publicBuild.status, built.publicBuild.stderr).toBe(0);
  });

  it('shows a committee appearance’s facts, officials by hour and deliverables with their deadlines', () => {
    const en = text(page(built.publicTree, 'en/notes/committee-hearing/index.html'));
    expect(en).toContain('Committee Standing Committee on Tests (TEST)');
    // The time window is withheld: a marker, and the times nowhere in the public edition.
    expect(en).toMatch(/Time \(Ottawa\) \[REDACTED\] s\.15\(1\) ATIA/);
    const pages = [...built.publicTree].filter(([file]) => file.endsWith('.html') || file.endsWith('.ics'));
    const times = /\b2:52|\b4:08|14:52|16:08|14\s?h\s?52|16\s?h\s?08|T1452|T1608/;
    expect(pages.filter(([, html]) => times.test(html)).map(([file]) => file)).toEqual([]);
    expect(en).toContain('Parliament 42nd Parliament, 1st Session');
    expect(en).toContain('Opening statement 5 minutes');
    expect(en).toMatch(/Accompanying officials First hour Director of Tests \[REDACTED\]/);
    // A person withheld as a whole is a marker where the appearance names them.
    expect(en).toMatch(/Second hour \[REDACTED\]/);
    expect(en).toContain('Opening statement (Due: 48 hours before the appearance)');
    const fr = text(page(built.publicTree, 'fr/notes/committee-hearing/index.html'));
    // text() reads no-break spaces as spaces.
    expect(fr).toContain('Législature 42e législature, 1re session');
    expect(fr).toContain('Première heure');
    expect(fr).toContain('Déclaration préliminaire (Échéance : 48 heures avant la comparution)');
  });

  it('lists the appearance’s sections in its outline, with ids from public text only', () => {
    const html = page(built.publicTree, 'en/notes/committee-hearing/index.html');
    for (const id of ['accompanying-officials', 'deliverables', 'key-messages-day-1', 'key-issue-public-issue'])
      expect(html).toContain(`href="#${id}"`);
    expect(html).toContain('Key messages – Day 1');
    expect(html).toContain('Key issue – Public issue');
    // The body (key messages first) comes before the officials and deliverables, on the page and
    // in its outline, so that on a phone the key messages follow the facts.
    for (const at of [(id: string) => html.indexOf(`href="#${id}"`), (id: string) => html.indexOf(`id="${id}"`)])
      expect(at('key-messages-day-1')).toBeLessThan(at('accompanying-officials'));
    const ids = [...html.matchAll(/\sid="([^"]+)"|\shref="#([^"]+)"/g)].map((m) => m[1] ?? m[2]!);
    expect(ids.filter((id) => /canary/i.test(id))).toEqual([]);
    expect(page(built.publicTree, 'fr/notes/committee-hearing/index.html')).toContain('Messages clés – Jour 1');
  });

  it('draws a letter as one: letterhead, salutation, body, closing and signatories, then its enclosures', () => {
    const en = text(page(built.publicTree, 'en/notes/letter-to-beta/index.html'));
    expect(en).toMatch(
      /From Minister of Tests To Head of Beta Dear Colleague: We write to you about the Alpha Forum\. Yours sincerely, Minister of Tests/,
    );
    expect(en).toMatch(/Enclosures Public annex \[REDACTED\] s\.15\(1\) ATIA .*Contact \[REDACTED\] s\.19\(1\) ATIA/);
    expect(text(page(built.internalTree, 'en/notes/letter-to-beta/index.html'))).toContain('Canaryenclosureen annex');
  });

  it('lists QP notes newest first with their columns, a withheld issue as a marker, a withheld note not at all', () => {
    const en = page(built.publicTree, 'en/qp-notes/index.html');
    expect(text(en)).toMatch(/September 25, 2019 QP note on Alpha \[REDACTED\] .*Beta.* Minister of Tests/);
    expect(en).not.toMatch(/canary-withheld-qp|Canarywithheldqp/i);
    const fr = page(built.publicTree, 'fr/notes-periode-questions/index.html');
    expect(text(fr)).toContain('Ministre des Essais');
    // The internal edition lists both, the newer (withheld) one first.
    const internalRows = text(page(built.internalTree, 'en/qp-notes/index.html'));
    expect(internalRows.indexOf('Canarywithheldqptitleen')).toBeGreaterThan(-1);
    expect(internalRows.indexOf('Canarywithheldqptitleen')).toBeLessThan(internalRows.indexOf('QP note on Alpha'));
  });

  it('links the QP notes page from the notes index and lists it in the sitemap', () => {
    expect(page(built.publicTree, 'en/notes/index.html')).toContain('href="/en/qp-notes/"');
    expect(page(built.publicTree, 'fr/notes/index.html')).toContain('href="/fr/notes-periode-questions/"');
    const sitemap = page(built.publicTree, 'sitemap.xml');
    expect(sitemap).toContain('/en/qp-notes/');
    expect(sitemap).not.toContain('canary-withheld-qp');
  });

  it('shows the internal edition the withheld official and deliverable, marked with their basis', () => {
    const en = page(built.internalTree, 'en/notes/committee-hearing/index.html');
    expect(en).toContain('Canaryofficialen, Analyst');
    expect(text(en)).toContain('2:52 p.m. to 4:08 p.m.');
    expect(en).toContain('Canarydeliverableen memo');
    expect(en).toContain('Canarykeyissuetitleen');
    expect(en).toContain('class="redact-shown');
  });
});
