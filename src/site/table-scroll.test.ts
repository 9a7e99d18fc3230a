import { describe, expect, it } from 'vitest';
import { textOf, wrapTables } from './table-scroll.ts';

const region = (label: string) => `<div class="table-scroll" tabindex="0" role="region" aria-label="${label}">`;

describe('wrapTables', () => {
  it('names a table by its caption and wraps it in a focusable region', () => {
    const html = '<p>x</p><table class="funding"><caption>Totals <abbr title="t">CAD</abbr></caption><tr><td>1</td></tr></table><p>y</p>';
    expect(wrapTables(html, 'Table')).toBe(
      `<p>x</p>${region('Totals CAD')}<table class="funding"><caption>Totals <abbr title="t">CAD</abbr></caption><tr><td>1</td></tr></table></div><p>y</p>`,
    );
  });

  it('gives a table without a caption the heading above it, as a hidden caption', () => {
    const html = '<h2 id="f">Funding <span class="redacted">[REDACTED]</span></h2><p>t</p><table><tr><td>1</td></tr></table>';
    expect(wrapTables(html, 'Table')).toBe(
      '<h2 id="f">Funding <span class="redacted">[REDACTED]</span></h2><p>t</p>' +
        `${region('Funding [REDACTED]')}<table><caption class="visually-hidden" data-pagefind-ignore>Funding [REDACTED]</caption><tr><td>1</td></tr></table></div>`,
    );
  });

  it('falls back to the given name, and completes an existing wrapper instead of adding one', () => {
    expect(wrapTables('<table><tr><td>1</td></tr></table>', 'Tableau')).toBe(
      `${region('Tableau')}<table><tr><td>1</td></tr></table></div>`,
    );
    const wrapped = '<div class="table-scroll" data-astro-cid-x>\n<table><caption>C</caption></table>\n</div>';
    expect(wrapTables(wrapped, 'Table')).toBe(
      '<div class="table-scroll" data-astro-cid-x tabindex="0" role="region" aria-label="C">\n<table><caption>C</caption></table>\n</div>',
    );
  });

  it('wraps each of several tables once, and a nested table not at all', () => {
    const html =
      '<table><caption>A</caption><tr><td><table><tr><td>i</td></tr></table></td></tr></table><table><caption>B</caption></table>';
    const out = wrapTables(html, 'Table');
    expect(out.match(/role="region"/g)).toHaveLength(2);
    expect(wrapTables(out, 'Table')).toBe(out);
  });

  it('keeps a label inside its attribute', () => {
    expect(textOf('<b>"Quoted"</b>\n  text')).toBe('&quot;Quoted&quot; text');
  });
});
