import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  expectedPageLevels,
  fillPrintBodies,
  markingProblems,
  prefixPrintIds,
  printAnchor,
  printBody,
  printPageRules,
  qpTablePlace,
} from './print.ts';
import type { AnyEntry } from '../../site/store.ts';
import { editionClassification, highestClassification, markingPage } from '../../core/marking.ts';
import type { Classification } from '../../schemas/classification.ts';
import { markingStrings } from '../../site/i18n/marking-strings.ts';
import { tempDir } from '../../../tests/temp.ts';

describe('fillPrintBodies', () => {
  const out = tempDir('print');
  const page = (rel: string, html: string) => {
    fs.mkdirSync(path.join(out, rel), { recursive: true });
    fs.writeFileSync(path.join(out, rel, 'index.html'), html);
  };
  page('en/forums/igc', `<main><h1>IGC</h1>${printBody.start}<p>Body of IGC</p>${printBody.end}</main>`);
  page('en/forums/plain', '<main><h1>No markers</h1></main>');

  it('copies each entry body from its own page, once rendered', () => {
    expect(fillPrintBodies(`<article>${printBody.slot('/en/forums/igc/')}</article>`, out)).toBe('<article><p>Body of IGC</p></article>');
  });

  it('refuses to leave an entry empty', () => {
    expect(() => fillPrintBodies(printBody.slot('/en/forums/missing/'), out)).toThrow(/was not built/);
    expect(() => fillPrintBodies(printBody.slot('/en/forums/plain/'), out)).toThrow(/no body markers/);
  });
});

describe('prefixPrintIds', () => {
  it('prefixes ids, same-page links and ARIA references inside each printed entry only', () => {
    const html =
      '<nav><a href="#forums--igc">IGC</a></nav>' +
      '<article class="print-entry" data-print-entry="forums--igc"><h2 id="forums--igc">IGC</h2><h2 id="overview">Overview</h2><a href="#overview">x</a><sup><a href="#user-content-fn-1" aria-describedby="footnote-label">1</a></sup><h2 id="footnote-label">Footnotes</h2></article>' +
      '<article class="print-entry" data-print-entry="forums--m5"><h2 id="overview">Overview</h2></article>';
    expect(prefixPrintIds(html)).toBe(
      '<nav><a href="#forums--igc">IGC</a></nav>' +
        '<article class="print-entry" data-print-entry="forums--igc"><h2 id="forums--igc">IGC</h2><h2 id="forums--igc--overview">Overview</h2><a href="#forums--igc--overview">x</a><sup><a href="#forums--igc--user-content-fn-1" aria-describedby="forums--igc--footnote-label">1</a></sup><h2 id="forums--igc--footnote-label">Footnotes</h2></article>' +
        '<article class="print-entry" data-print-entry="forums--m5"><h2 id="forums--m5--overview">Overview</h2></article>',
    );
  });

  it('keeps the attributes of a printed entry after its key', () => {
    const html = '<article class="print-entry" data-print-entry="notes--x" data-marking="protected-b"><h2 id="a">A</h2></article>';
    expect(prefixPrintIds(html)).toBe(
      '<article class="print-entry" data-print-entry="notes--x" data-marking="protected-b"><h2 id="notes--x--a">A</h2></article>',
    );
  });

  it('names parts and entries', () => {
    expect(printAnchor('forums')).toBe('part-forums');
    expect(printAnchor('forums', 'igc')).toBe('forums--igc');
  });
});

describe('qpTablePlace', () => {
  const note = (kind?: string) => ({ collection: 'notes', data: { kind } }) as unknown as AnyEntry;
  const forum = { collection: 'forums', data: {} } as unknown as AnyEntry;

  it('opens the part of the first QP note, in place of its list when it holds QP notes only', () => {
    expect(qpTablePlace([{ entries: [note()] }, { entries: [note('qp-note'), note('qp-note')] }, { entries: [forum] }])).toEqual({
      index: 1,
      replacesList: true,
    });
    expect(qpTablePlace([{ entries: [note(), note('qp-note')] }, { entries: [note('qp-note')] }])).toEqual({
      index: 0,
      replacesList: false,
    });
  });

  it('has no place when the edition has no QP note', () => {
    expect(qpTablePlace([{ entries: [note('committee-appearance')] }, { entries: [forum] }])).toEqual({ index: -1, replacesList: false });
  });
});

describe('highestClassification', () => {
  it('picks the most sensitive level, whatever the order', () => {
    expect(highestClassification(['unclassified', 'protected-b', 'protected-a'])).toBe('protected-b');
    expect(highestClassification(['secret', 'protected-c', 'confidential'])).toBe('secret');
    expect(highestClassification(['unclassified', 'unclassified'])).toBe('unclassified');
  });

  it('is unclassified for nothing at all', () => {
    expect(highestClassification([])).toBe('unclassified');
  });

  it('takes a level it does not know for the highest, so a marking is never too low', () => {
    expect(highestClassification(['unclassified', 'top-secret' as Classification])).toBe('secret');
  });
});

describe('editionClassification', () => {
  it('marks the internal edition with its most sensitive entry', () => {
    expect(editionClassification('internal', 'unclassified', ['unclassified', 'protected-b', 'unclassified'])).toBe('protected-b');
  });

  it('never marks the internal edition below what binder.yaml says of the whole', () => {
    expect(editionClassification('internal', 'confidential', ['unclassified', 'protected-b'])).toBe('confidential');
  });

  it('marks the public edition by what it holds: unclassified entries only', () => {
    expect(editionClassification('public', 'protected-b', ['unclassified', 'unclassified'])).toBe('unclassified');
  });
});

describe('printPageRules', () => {
  const frame = {
    title: 'Binder',
    department: 'IRCC',
    edition: 'Internal edition',
    pageWord: 'Page',
    markings: markingStrings.en.markings,
    highest: 'protected-b' as const,
  };
  const rules = printPageRules(frame);
  const pageRule = (name: string) => new RegExp(`@page ${name} \\{[^\\n]*`).exec(rules)?.[0] ?? '';

  it('prints the marking of each level at the top and bottom of its named page', () => {
    expect(markingPage('protected-b')).toBe('marking-protected-b');
    expect(pageRule('marking-protected-b')).toMatch(/@top-center \{ content: "PROTECTED B";.*@bottom-center \{ content: "PROTECTED B";/);
    expect(pageRule('marking-unclassified')).toMatch(/@top-center \{ content: "UNCLASSIFIED";.*@bottom-center \{ content: "UNCLASSIFIED";/);
  });

  it('puts every marked element on the named page of its level', () => {
    expect(rules).toContain('[data-marking="protected-b"] { page: marking-protected-b; }');
    expect(rules).toContain('[data-marking="unclassified"] { page: marking-unclassified; }');
  });

  it('marks the cover and any unmarked page with the highest level', () => {
    expect(pageRule('cover')).toMatch(/@top-center \{ content: "PROTECTED B";.*@bottom-center \{ content: "PROTECTED B";/);
    expect(pageRule('cover')).toContain('@bottom-right { content: none; }');
    const base = /^@page \{[^\n]*/.exec(rules)?.[0] ?? '';
    expect(base).toMatch(/@top-center \{ content: "PROTECTED B";/);
    expect(base).toContain('counter(page) " / " counter(pages)');
    expect(base).toContain('content: "Internal edition"');
  });

  it('has the markings in French', () => {
    const french = printPageRules({ ...frame, markings: markingStrings.fr.markings, highest: 'unclassified' });
    expect(french).toMatch(/@page marking-protected-b \{ @top-center \{ content: "PROTÉGÉ B";/);
    expect(french).toMatch(/@page cover \{ @top-center \{ content: "NON CLASSIFIÉ";/);
  });
});

describe('expectedPageLevels', () => {
  // Cover on page 1 and contents on 2 at the highest level; notes tab and first note on 3; a
  // Protected B note on 5 and 6; an unclassified one from 7.
  const starts = [
    { page: 1, level: 'protected-b' as const },
    { page: 2, level: 'protected-b' as const },
    { page: 3, level: 'unclassified' as const },
    { page: 3, level: 'unclassified' as const },
    { page: 5, level: 'protected-b' as const },
    { page: 7, level: 'unclassified' as const },
  ];

  it('gives each page the level of the part on it, running on over the pages it fills', () => {
    expect(expectedPageLevels(starts, 8)).toEqual([
      'protected-b',
      'protected-b',
      'unclassified',
      'unclassified',
      'protected-b',
      'protected-b',
      'unclassified',
      'unclassified',
    ]);
  });

  it('gives a page the highest level of the parts that start on it', () => {
    expect(
      expectedPageLevels(
        [
          { page: 1, level: 'unclassified' },
          { page: 1, level: 'protected-a' },
        ],
        2,
      ),
    ).toEqual(['protected-a', 'protected-a']);
  });

  it('marks pages before the first part with the highest level', () => {
    expect(
      expectedPageLevels(
        [
          { page: 2, level: 'unclassified' },
          { page: 3, level: 'secret' },
        ],
        3,
      ),
    ).toEqual(['secret', 'unclassified', 'secret']);
  });
});

describe('markingProblems', () => {
  const all = Object.values(markingStrings.en.markings);
  const page = (top: string, bottom: string) => ({ top, bottom });

  it('accepts pages whose header and footer carry the marking they need', () => {
    expect(
      markingProblems(
        [
          page('Binder PROTECTED B Internal edition', 'IRCC PROTECTED B Page 1 / 2'),
          page('Binder UNCLASSIFIED', 'UNCLASSIFIED Page 2 / 2'),
        ],
        ['PROTECTED B', 'UNCLASSIFIED'],
        all,
      ),
    ).toEqual([]);
  });

  it('names the page and the side that carries a lower marking or none', () => {
    expect(markingProblems([page('Binder UNCLASSIFIED', 'Page 1 / 1')], ['PROTECTED B'], all)).toEqual([
      'page 1 carries UNCLASSIFIED at the top where it needs PROTECTED B',
      'page 1 carries no marking at the bottom where it needs PROTECTED B',
    ]);
  });

  it('refuses a page that carries two markings', () => {
    expect(markingProblems([page('PROTECTED B UNCLASSIFIED', 'PROTECTED B')], ['PROTECTED B'], all)).toEqual([
      'page 1 carries UNCLASSIFIED at the top besides PROTECTED B',
    ]);
  });

  it('refuses a PDF with more or fewer pages than were laid out', () => {
    expect(markingProblems([page('UNCLASSIFIED', 'UNCLASSIFIED')], ['UNCLASSIFIED', 'UNCLASSIFIED'], all)).toEqual([
      'the PDF has 1 pages where 2 were laid out',
    ]);
  });
});
