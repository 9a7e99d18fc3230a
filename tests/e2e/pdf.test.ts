/**
 * The printable binder and `npm run pdf`, in the system Chromium, against the built editions
 * (dist/ and dist-internal/, built by the global setup or by CI): the PDF has a cover, a table of
 * contents with page numbers, a running header with the classification and edition, a footer
 * with the page number, it is tagged and has an outline; the public PDF's text (read back with
 * pdftotext) holds none of the binder's redacted or withheld text, the internal one does.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { chromiumFlags, chromiumPath, pdfPages, printBinder } from '../../src/cli/pdf.ts';
import { startStaticServer, type StaticServer } from '../../src/cli/static-server.ts';
import { auditOutput } from '../../src/audit/audit.ts';

const root = path.resolve(import.meta.dirname, '../..');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'binder-pdf-test-'));
let browser: Browser;
const servers: StaticServer[] = [];
const pdfs: Record<string, string[]> = {};

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags });
  for (const [edition, dir] of [['public', 'dist'], ['internal', 'dist-internal']] as const) {
    const server = await startStaticServer(path.join(root, dir));
    servers.push(server);
    for (const [lang, slug] of [['en', 'print'], ['fr', 'impression']] as const) {
      const file = path.join(out, `binder-${edition}-${lang}.pdf`);
      await printBinder(browser, `${server.url}${lang}/${slug}/`, file);
      pdfs[`${edition}-${lang}`] = pdfPages(file);
    }
  }
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
});

describe('the public PDF', () => {
  it('opens with a cover and a table of contents with page numbers', () => {
    const pages = pdfs['public-en']!;
    expect(pages.length).toBeGreaterThan(30);
    expect(pages[0]).toContain('Transition Binder 2019');
    expect(pages[0]).toContain('Prepared for the');
    expect(pages[1]).toContain('Contents');
    const numbered = [...pages[1]!.matchAll(/…(\d+)/g)].map((m) => Number(m[1]));
    expect(numbered.length).toBeGreaterThan(10);
    expect(numbered).toEqual([...numbered].sort((a, b) => a - b));
  });

  it('puts the classification and edition in the running header and the page number in the footer', () => {
    const pages = pdfs['public-en']!;
    expect(pages[5]).toContain('Unclassified · Public edition');
    expect(pages[5]).toMatch(new RegExp(`Page 6 / ${pages.length}`));
    expect(pdfs['public-fr']![5]).toMatch(/Non classifié · Édition publique/);
  });

  it('lands each entry on the page its table of contents line says', () => {
    const pages = pdfs['public-en']!;
    const line = /International engagement: overview\s*…(\d+)/.exec(pages[1]!);
    expect(line).not.toBeNull();
    expect(pages[Number(line![1]) - 1]).toContain('International engagement: overview');
  });

  it('is tagged and has an outline', () => {
    const bytes = fs.readFileSync(path.join(out, 'binder-public-en.pdf')).toString('latin1');
    expect(bytes).toMatch(/\/StructTreeRoot/);
    expect(bytes).toMatch(/\/Outlines/);
  });

  it('holds no redacted passage or withheld entry, in either language', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'binder-pdf-text-'));
    fs.writeFileSync(path.join(dir, 'en.txt'), pdfs['public-en']!.join('\n'));
    fs.writeFileSync(path.join(dir, 'fr.txt'), pdfs['public-fr']!.join('\n'));
    expect(auditOutput(path.join(root, 'content'), dir).hits).toEqual([]);
    const text = pdfs['public-en']!.join('\n');
    expect(text).toContain('[REDACTED]');
    expect(text).not.toContain('Removals engagement plans');
  });
});

describe('the internal PDF', () => {
  it('shows the withheld note and marks it', () => {
    const text = pdfs['internal-en']!.join('\n');
    expect(text).toContain('Internal edition');
    expect(text).toMatch(/Protected B: withheld from the public edition/i);
    expect(text).toContain("Removals engagement plans");
  });
});
