/**
 * The Question Period notes table of the printable binder and its PDF, in a real build of the
 * canary fixture: it opens the part holding the first QP note, its titles link inside the
 * document, and the public edition's table, print page and PDF hold no withheld QP note (title,
 * id, issue, summary, in either language), while the internal edition lists it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, projectRoot, readTree, runScript, tempWorkdir, type BuildResult } from './helpers.ts';
import { pdfPages } from '../../src/features/print/pdf.ts';

const content = path.join(projectRoot, 'tests/fixtures/canary/content');
const workdir = tempWorkdir('print-qp');
const pdfDir = path.join(workdir, 'pdf');
const withheld = /canary-withheld-qp|canarywithheldqp/i;
let results: BuildResult[];
let publicTree: Map<string, string>;
let internalTree: Map<string, string>;

beforeAll(() => {
  results = [build({ content, workdir, edition: 'internal' }), build({ content, workdir })];
  results.push(runScript('pdf.ts', { content, workdir, args: ['--edition', 'public', '--out', pdfDir] }));
  publicTree = readTree(path.join(workdir, 'dist'));
  internalTree = readTree(path.join(workdir, 'dist-internal'));
}, 300_000);

const table = (html: string | undefined) => html?.match(/<section class="print-qp"[\s\S]*?<\/section>/)?.[0] ?? '';

describe('the Question Period notes table in print', () => {
  it('builds both editions and the public PDFs', () => {
    for (const result of results) expect(result.status, result.stderr + result.stdout).toBe(0);
  });

  it('opens the part of the first QP note, in both languages, linking to the notes in the document', () => {
    const en = publicTree.get('en/print/index.html')!;
    const qp = table(en);
    expect(qp).toContain('QP note on Alpha');
    expect(qp).toContain('href="#notes--qp-public"');
    expect(qp).toContain('data-toc-page="notes--qp-public"');
    expect(qp).not.toMatch(/href="\/en\//);
    // A withheld issue is its marker; the table comes after the part's tab, before its notes.
    expect(qp).toContain('class="redacted"');
    expect(en.indexOf('id="part-notes--other-notes"')).toBeLessThan(en.indexOf('class="print-qp"'));
    expect(en.indexOf('class="print-qp"')).toBeLessThan(en.indexOf('data-print-entry="notes--qp-public"'));
    expect(table(publicTree.get('fr/impression/index.html'))).toContain('Note pour la PQ sur Alpha');
  });

  it('holds no withheld QP note in the public print pages or PDFs; the internal edition lists it', () => {
    for (const file of ['en/print/index.html', 'fr/impression/index.html']) {
      expect(publicTree.get(file)).not.toMatch(withheld);
      expect(table(internalTree.get(file))).toMatch(/Canarywithheldqptitle(en|fr)/);
    }
    const pdfs = fs.readdirSync(pdfDir).filter((f) => f.endsWith('.pdf'));
    expect(pdfs.sort()).toEqual(['binder-public-en.pdf', 'binder-public-fr.pdf']);
    for (const pdf of pdfs) {
      const text = pdfPages(path.join(pdfDir, pdf)).join('\n');
      expect(text).toMatch(/QP note on Alpha|Note pour la PQ sur Alpha/);
      expect(text).not.toMatch(withheld);
    }
  });
});
