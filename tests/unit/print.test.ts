import { describe, expect, it } from 'vitest';
import { prefixPrintIds, printAnchor } from '../../src/lib/print.ts';

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
