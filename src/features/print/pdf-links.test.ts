import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillPdfLinks, pdfLinksSlot, publishPdfs } from './pdf-links.ts';
import { tempDir } from '../../../tests/temp.ts';

const page = (lang: 'en' | 'fr') => `<main>${pdfLinksSlot(lang)}</main>`;

describe('the links to the PDFs', () => {
  it('are an empty slot until PDFs exist, so a site only built links to no missing file', () => {
    expect(fillPdfLinks(page('en'), [])).toBe(page('en'));
    expect(page('en')).not.toContain('href');
  });

  it('link both languages, the page’s own first, with sizes in its language, and refill', () => {
    const links = [
      { lang: 'en' as const, href: '/binder/binder-public-en.pdf', bytes: 1_234_567 },
      { lang: 'fr' as const, href: '/binder/binder-public-fr.pdf', bytes: 1_345_678 },
    ];
    const fr = fillPdfLinks(page('fr'), links);
    expect(fr.indexOf('binder-public-fr.pdf')).toBeLessThan(fr.indexOf('binder-public-en.pdf'));
    expect(fr).toContain('Télécharger le cahier en PDF\u00a0:');
    expect(fr).toContain('(PDF, 1,3\u00a0Mo)');
    expect(fr).toContain('<span lang="en">English</span>');
    expect(fillPdfLinks(page('en'), links)).toContain('(PDF, 1.2 MB)');
    expect(fillPdfLinks(fr, links.slice(0, 1))).not.toContain('binder-public-fr.pdf');
  });

  it('are published with the PDFs that were printed, and a stale copy of one that failed is removed', () => {
    const site = tempDir('pdf-links');
    const pdfDir = tempDir('pdf-out');
    fs.mkdirSync(path.join(site, 'en'));
    fs.writeFileSync(path.join(site, 'en', 'index.html'), page('en'));
    fs.writeFileSync(path.join(site, 'binder-public-fr.pdf'), 'stale');
    fs.writeFileSync(path.join(pdfDir, 'binder-public-en.pdf'), '%PDF-1.7');
    const links = publishPdfs(site, '/', 'public', pdfDir, ['en']);
    expect(links.map((l) => l.href)).toEqual(['/binder-public-en.pdf']);
    expect(fs.existsSync(path.join(site, 'binder-public-en.pdf'))).toBe(true);
    expect(fs.existsSync(path.join(site, 'binder-public-fr.pdf'))).toBe(false);
    expect(fs.readFileSync(path.join(site, 'en', 'index.html'), 'utf8')).toContain('href="/binder-public-en.pdf"');
  });
});
