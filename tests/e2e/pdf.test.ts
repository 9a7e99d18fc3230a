/**
 * The printable binder and `npm run pdf`, in the system Chromium, against the built editions
 * (dist/ and dist-internal/, built by the global setup or by CI): the PDF has a cover, a table of
 * contents with page numbers, a running header with the marking and edition, a footer with the
 * marking and page number, it is tagged and has an outline; the public PDF's text (read back with
 * pdftotext) holds none of the binder's redacted or withheld text, the internal one does.
 * Markings (GC Directive on Security Management): each page of the internal PDF carries, top and
 * bottom, the marking of the entry on it (the demo's Protected B note), the cover, contents and
 * title the highest in the edition; the public PDF is unclassified on every page.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { chromiumFlags, chromiumPath, pdfMargins, pdfPages, printBinder } from '../../src/features/print/pdf.ts';
import { startStaticServer, type StaticServer } from '../../src/tooling/static-server.ts';
import { auditOutput } from '../../src/audit/audit.ts';
import { editionDir } from './helpers.ts';
import { tempDir } from '../temp.ts';

const root = path.resolve(import.meta.dirname, '../..');
const out = tempDir('pdf-test');
let browser: Browser;
const servers: StaticServer[] = [];
const pdfs: Record<string, string[]> = {};
/** The running header and footer of each page, by PDF. */
const margins: Record<string, { top: string; bottom: string }[]> = {};
const pdfTitle = (name: string) =>
  /^Title:\s*(.*)$/m.exec(execFileSync('pdfinfo', [path.join(out, `binder-${name}.pdf`)], { encoding: 'utf8' }))?.[1];

/**
 * The page numbers in a table of contents' text: each on a line of its own after a dot leader (a
 * CSS rule, no text), at most the PDF's page count (a title's year may wrap onto a line of its own).
 */
const tocNumbers = (text: string, pageCount: number) =>
  [...text.matchAll(/^(\d+)$/gm)].map((m) => Number(m[1])).filter((page) => page <= pageCount);

/** The text of the contents: from page 2 to the page before the first entry's. */
function contentsOf(pages: string[]): string {
  const first = tocNumbers(pages[1]!, pages.length)[0] ?? 3;
  return pages.slice(1, first - 1).join('\n');
}

/**
 * How far down each page's body (between the running header and footer) its text reaches, from 0
 * to 1, from the words' positions (pdftotext -bbox).
 */
function bodyFill(file: string, margin = 56): number[] {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return [...xml.matchAll(/<page width="[\d.]+" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, h, body]) => {
    const height = Number(h);
    const bottoms = [...body!.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)]
      .filter(([, yMin, yMax]) => Number(yMin) > margin && Number(yMax) < height - margin)
      .map(([, , yMax]) => Number(yMax));
    return bottoms.length ? (Math.max(...bottoms) - margin) / (height - 2 * margin) : 0;
  });
}

/**
 * The pages (1-based) of an entry, from its line in the table of contents to the next entry's,
 * and the page the first entry starts on (the cover and the contents come before it).
 */
function entryPages(name: string, title: RegExp): { first: number; last: number; body: number } {
  const pages = pdfs[name]!;
  const contents = contentsOf(pages);
  const first = Number(new RegExp(`${title.source}[\\s\\S]*?^(\\d+)$`, 'm').exec(contents)?.[1]);
  const starts = tocNumbers(contents, pages.length);
  const next = starts.find((page) => page > first) ?? pages.length + 1;
  return { first, last: next - 1, body: Math.min(...starts) };
}

beforeAll(async () => {
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags });
  for (const edition of ['public', 'internal'] as const) {
    const server = await startStaticServer(editionDir(edition));
    servers.push(server);
    for (const [lang, slug] of [
      ['en', 'print'],
      ['fr', 'impression'],
    ] as const) {
      const file = path.join(out, `binder-${edition}-${lang}.pdf`);
      await printBinder(browser, `${server.url}${lang}/${slug}/`, file);
      pdfs[`${edition}-${lang}`] = pdfPages(file);
      margins[`${edition}-${lang}`] = pdfMargins(file);
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
    expect(pages[0]).toMatch(/Prepared for\s+the Minister of Immigration/);
    expect(pages[1]).toContain('Contents');
    const numbered = tocNumbers(pages[1]!, pages.length);
    expect(numbered.length).toBeGreaterThan(10);
    expect(numbered).toEqual([...numbered].sort((a, b) => a - b));
  });

  it('puts the marking and edition in the running header, the marking and page number in the footer', () => {
    const page = margins['public-en']![5]!;
    expect(page.top).toContain('UNCLASSIFIED');
    expect(page.top).toContain('Public edition');
    expect(page.bottom).toContain('UNCLASSIFIED');
    expect(page.bottom).toContain(`Page 6 / ${pdfs['public-en']!.length}`);
    expect(margins['public-fr']![5]!.top).toMatch(/NON CLASSIFIÉ.*Édition publique/);
  });

  it('is unclassified on every page, the cover and the title included, in either language', () => {
    for (const [name, marking] of [
      ['public-en', 'UNCLASSIFIED'],
      ['public-fr', 'NON CLASSIFIÉ'],
    ] as const) {
      margins[name]!.forEach((page, index) => {
        expect(page.top, `page ${index + 1} of ${name}`).toContain(marking);
        expect(page.bottom, `page ${index + 1} of ${name}`).toContain(marking);
      });
      expect(pdfs[name]![0]).toMatch(
        new RegExp(
          `${marking}[\\s\\S]*${marking === 'UNCLASSIFIED' ? 'Classification\\s+Unclassified' : 'Cote de sécurité\\s+Non classifié'}`,
        ),
      );
      expect(pdfTitle(name)).toMatch(new RegExp(`^${marking} – `));
      // "Temporary Protected Status" is content; a classification is a level letter or a capitalised word.
      expect(pdfs[name]!.join('\n')).not.toMatch(/\b(PROTECTED|Protected|PROTÉGÉ|Protégé) [ABC]\b|CONFIDENTIAL|CONFIDENTIEL|SECRET/);
    }
  });

  it('lands each entry on the page its table of contents line says', () => {
    const pages = pdfs['public-en']!;
    // The next part's title, with its own page number, may come between the entry and its number.
    const line = /International engagement: overview\s*(?:^\D.*$\s*)?^(\d+)$/m.exec(pages[1]!);
    expect(line).not.toBeNull();
    expect(pages[Number(line![1]) - 1]).toContain('International engagement: overview');
  });

  it('never leaves more than a third of a page blank, but where an entry, a part or the contents end', () => {
    for (const name of ['public-en', 'public-fr', 'internal-en', 'internal-fr']) {
      const pages = pdfs[name]!;
      // Entries and parts start on a new page (forced breaks): the page before one may be short.
      const starts = new Set(tocNumbers(contentsOf(pages), pages.length));
      const body = Math.min(...starts);
      const short = bodyFill(path.join(out, `binder-${name}.pdf`))
        .map((fill, index) => ({ page: index + 1, fill }))
        .filter(({ page, fill }) => page >= body && page < pages.length && !starts.has(page + 1) && fill < 2 / 3)
        .map(({ page, fill }) => `${name} page ${page}: ${Math.round(fill * 100)} % full`);
      expect(short).toEqual([]);
    }
  });

  it('leaves the screen’s printing instructions and PDF links off the paper', () => {
    expect(pdfs['public-en']!.join('\n')).not.toContain('How to print this binder');
    expect(pdfs['public-fr']!.join('\n')).not.toContain('Comment imprimer ce cahier');
  });

  it('is tagged and has an outline', () => {
    const bytes = fs.readFileSync(path.join(out, 'binder-public-en.pdf')).toString('latin1');
    expect(bytes).toMatch(/\/StructTreeRoot/);
    expect(bytes).toMatch(/\/Outlines/);
  });

  it('holds no redacted passage or withheld entry, in either language', () => {
    const dir = tempDir('pdf-text');
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
    expect(text).toContain('Removals engagement plans');
  });
});

describe('the markings of the internal PDF', () => {
  for (const [lang, marking, title, unclassified] of [
    ['en', 'PROTECTED B', /Removals engagement plans: status by country/, 'UNCLASSIFIED'],
    ['fr', 'PROTÉGÉ B', /Plans d['’]engagement sur les renvois/, 'NON CLASSIFIÉ'],
  ] as const) {
    const name = `internal-${lang}`;

    it(`carries ${marking}, top and bottom, on every page of the Protected B note and on no other entry's (${lang})`, () => {
      const { first, last, body } = entryPages(name, title);
      expect(first).toBeGreaterThan(body);
      expect(last).toBeGreaterThanOrEqual(first);
      expect(pdfs[name]![first - 1]).toMatch(title);
      margins[name]!.forEach((page, index) => {
        const number = index + 1;
        // The cover and the contents (which name the note) carry its marking too; see the next test.
        // So does the divider page of its part in the binder's parts, which lists it ("3. Removals…").
        const lists = new RegExp(`^\\d+\\.\\s+${title.source}`, 'm').test(pdfs[name]![index]!);
        const want = number < body || (number >= first && number <= last) || lists ? marking : unclassified;
        const other = want === marking ? unclassified : marking;
        expect(page.top, `top of page ${number}`).toContain(want);
        expect(page.bottom, `bottom of page ${number}`).toContain(want);
        expect(page.top, `top of page ${number}`).not.toContain(other);
        expect(page.bottom, `bottom of page ${number}`).not.toContain(other);
      });
    });

    it(`carries the highest level, ${marking}, on the cover, the contents and in the PDF's title (${lang})`, () => {
      const cover = pdfs[name]![0]!;
      expect(margins[name]![0]).toEqual({ top: marking, bottom: marking });
      expect(cover).toMatch(lang === 'en' ? /Classification\s+Protected B/ : /Cote de sécurité\s+Protégé B/);
      expect(margins[name]![1]!.top).toContain(marking);
      expect(pdfTitle(name)).toMatch(new RegExp(`^${marking} – `));
    });
  }

  it('prints the marking at the top and bottom of every page of a Protected B entry printed from its own page', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${servers[1]!.url}fr/notes/removals-engagement-plans/`);
      const file = path.join(out, 'entry-fr.pdf');
      await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true });
      const pages = pdfMargins(file);
      expect(pages.length).toBeGreaterThan(0);
      for (const margin of pages) expect(margin).toEqual({ top: 'PROTÉGÉ B', bottom: 'PROTÉGÉ B' });
    } finally {
      await page.close();
    }
  });

  it('has a screen banner on the printable binder that agrees with the cover; the public one has none', () => {
    const internal = fs.readFileSync(path.join(editionDir('internal'), 'en/print/index.html'), 'utf8');
    expect(internal).toMatch(
      /<div class="classification-banner" role="note">\s*<strong>Protected B: the highest classification in this binder/,
    );
    expect(internal).toMatch(/<title>PROTECTED B – /);
    const pub = fs.readFileSync(path.join(editionDir('public'), 'en/print/index.html'), 'utf8');
    expect(pub).not.toContain('class="classification-banner"');
    expect(pub).toMatch(/<title>UNCLASSIFIED – /);
  });
});
