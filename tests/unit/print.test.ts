import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillPrintBodies, prefixPrintIds, printAnchor, printBody } from '../../src/lib/print.ts';

describe('fillPrintBodies', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'binder-print-'));
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

  it('names parts and entries', () => {
    expect(printAnchor('forums')).toBe('part-forums');
    expect(printAnchor('forums', 'igc')).toBe('forums--igc');
  });
});
