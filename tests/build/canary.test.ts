/**
 * Canary tests: the fixture binder in tests/fixtures/canary hides a unique word ("Canary…en",
 * "Canary…fr") at every place a secret can sit: inline and block passages, headings, list items,
 * link text and URLs, link reference definitions, image alt and file, table cells, blockquotes,
 * emphasis, code, footnotes, briefing components, redacted frontmatter (summary → <title>, meta
 * and Open Graph; amounts; meetings; members; next steps) and a withheld note (route, navigation,
 * related lists, search index, sitemap). The internal edition is built first, in the same working
 * directory, then the public one. This test greps the whole public output itself, independently
 * of Binder's audit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, projectRoot, readTree, tempWorkdir, type BuildResult } from './helpers.ts';
import { auditOutput } from '../../src/audit/audit.ts';

const content = path.join(projectRoot, 'tests/fixtures/canary/content');
const workdir = tempWorkdir('canary');
const publicDir = path.join(workdir, 'dist');
const internalDir = path.join(workdir, 'dist-internal');
let internal: BuildResult;
let publicBuild: BuildResult;
let publicTree: Map<string, string>;
let internalTree: Map<string, string>;

/** Every canary the sources hide, in both languages. */
const canaries = (() => {
  const found = new Set<string>();
  for (const d of fs.readdirSync(content, { recursive: true, withFileTypes: true })) {
    if (!d.isFile() || !/\.(ya?ml|mdx)$/.test(d.name)) continue;
    for (const m of fs.readFileSync(path.join(d.parentPath, d.name), 'utf8').matchAll(/canary[a-z]+/gi)) found.add(m[0].toLowerCase());
  }
  return [...found].sort();
})();

beforeAll(() => {
  internal = build({ content, workdir, edition: 'internal' });
  publicBuild = build({ content, workdir });
  publicTree = readTree(publicDir);
  internalTree = readTree(internalDir);
});

describe('the canary fixture', () => {
  it('hides canaries in every position under test', () => {
    expect(canaries).toEqual(
      expect.arrayContaining([
        'canaryinlineen',
        'canaryheadingen',
        'canarylistitemen',
        'canarylinktexten',
        'canaryurlen',
        'canarydefinitionen',
        'canaryalten',
        'canarytableen',
        'canarycellen',
        'canaryquoteen',
        'canaryemphasisen',
        'canarylinkinneren',
        'canarycodeen',
        'canarycodeblocken',
        'canaryfootnoteen',
        'canaryfootnotetexten',
        'canarysummaryen',
        'canarymemberen',
        'canarylocationen',
        'canarymeetingen',
        'canarystepen',
        'canarywithheldtitleen',
        'canarywithheldsummaryen',
        'canarywithheldheadingen',
        'canarywithheldbodyen',
        'canaryifpresseden',
        'canaryinlinefr',
        'canarywithheldbodyfr',
        'canaryjsonen',
        'canaryjsonfr',
        'canaryrefalten',
        'canaryrefaltfr',
        'canarystatsourceen',
        'canarystatsourcefr',
        'canarycitationen',
        'canarycitationfr',
        'canaryagendaen',
        'canarygroupen',
        'canarystudyen',
        'canaryofficialen',
        'canarydeliverableen',
        'canaryprepareren',
        'canarykeyfacten',
        'canarykeyissuetitleen',
        'canarykeymessageen',
        'canaryenclosureen',
        'canarycontactblocken',
        'canaryqpissueen',
        'canarywithheldqptitleen',
        'canarywithheldqpissueen',
        'canarywithheldqpbodyen',
      ]),
    );
  });

  it('builds both editions', () => {
    expect(internal.status, internal.stderr).toBe(0);
    expect(publicBuild.status, publicBuild.stderr).toBe(0);
  });
});

/**
 * The whole marker element that directly follows `before` in a page (nested spans included),
 * exactly as rendered. Fails when the text is absent or no marker follows it, so a comparison of
 * two markers can never pass by finding neither.
 */
function markerAfter(html: string, before: string): string {
  const at = html.indexOf(before);
  expect(at, `no "${before}" in the page`).toBeGreaterThan(-1);
  const start = at + before.length;
  expect(html.slice(start, start + 23), `no marker after "${before}"`).toBe('<span class="redacted">');
  const tags = /<span\b[^>]*>|<\/span>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (const tag of html.matchAll(tags)) {
    depth += tag[0].startsWith('</') ? -1 : 1;
    if (depth === 0) return html.slice(start, tag.index + tag[0].length);
  }
  throw new Error(`the marker after "${before}" is not closed`);
}

describe('public edition', () => {
  it('contains no canary in any file, compressed search files included', () => {
    const leaks: string[] = [];
    for (const [file, text] of publicTree) {
      const lower = text.toLowerCase();
      for (const canary of canaries) if (lower.includes(canary)) leaks.push(`${file}: ${canary}`);
    }
    expect(leaks).toEqual([]);
  });

  it('contains neither the withheld note nor the image inside a redaction, by file name', () => {
    const names = [...publicTree.keys()];
    expect(names.filter((n) => /canary-withheld|canary-photo/.test(n))).toEqual([]);
    expect(fs.existsSync(path.join(publicDir, 'en/notes/canary-withheld'))).toBe(false);
  });

  it('leaves nothing of the redacted summary in <title>, meta description or Open Graph', () => {
    const html = publicTree.get('en/forums/alpha/index.html')!;
    expect(html).toMatch(/<title>Alpha Forum – Canary binder<\/title>/);
    expect(html).not.toMatch(/<meta name="description"/);
    expect(html).not.toMatch(/og:description/);
  });

  it('shows a fixed-size marker with the basis, and the standard notice', () => {
    const html = publicTree.get('en/forums/alpha/index.html')!;
    expect(html).toContain('[REDACTED] <span class="redacted__basis">s.15(1) ATIA</span>');
    expect(html).toContain('Redacted under section 15(1) of the Access to Information Act');
    expect(html).toContain('removed in accordance with the Access to Information Act and the Privacy Act');
    // The same marker (s.15(1)) over a one-word passage (Canarycellen, in a table cell) and a
    // five-word one (Canaryinlineen is the real agenda.) renders to the same bytes.
    const short = markerAfter(html, '<td>Norway</td><td>');
    const long = markerAfter(html, 'The forum meets twice a year. ');
    expect(short).toContain('s.15(1) ATIA');
    expect(long).toBe(short);
    expect(markerAfter(html, 'link with ')).toBe(short);
    const fr = publicTree.get('fr/forums/alpha/index.html')!;
    expect(fr).toContain('[CAVIARDÉ] <span class="redacted__basis">par. 15(1) LAI</span>');
  });

  it('turns literal [REDACTED] into a marker with an unspecified basis', () => {
    const html = publicTree.get('en/forums/alpha/index.html')!;
    expect(html).toContain('Redacted: basis not stated');
  });

  it('names the withheld note nowhere: navigation, related lists, sitemap, search filters', () => {
    const related = publicTree.get('en/forums/alpha/index.html')!;
    expect(related).toContain('/en/notes/public-note/');
    expect(related).not.toContain('/en/notes/canary-withheld/');
    expect(publicTree.get('en/notes/index.html')).not.toContain('canary-withheld');
    expect(publicTree.get('sitemap.xml')).not.toContain('canary-withheld');
    expect(publicTree.get('sitemap.xml')).toContain('/en/notes/public-note/');
    // Only the withheld note has the topic "parliament": no public search filter may offer it.
    const searchIndex = (tree: Map<string, string>) =>
      [...tree]
        .filter(([f]) => f.startsWith('pagefind/filter/'))
        .map(([, t]) => t)
        .join('\n');
    expect(searchIndex(internalTree)).toContain('Parliament');
    expect(searchIndex(internalTree)).toContain('Parlement');
    expect(searchIndex(publicTree)).toContain('Multilateral');
    expect(searchIndex(publicTree)).not.toMatch(/Parliament|Parlement/);
  });

  it('keeps headings of redacted blocks out of ids and anchors', () => {
    const html = publicTree.get('en/forums/alpha/index.html')!;
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id) => /canary/i.test(id!))).toEqual([]);
  });

  it('names table regions and hidden captions from public text only', () => {
    // The layout names each table's scroll region from its caption or the heading above it
    // (src/site/table-scroll.ts): a table inside a redacted block, and its heading, are gone.
    const html = publicTree.get('en/forums/alpha/index.html')!;
    const labels = [...html.matchAll(/class="table-scroll"[^>]*aria-label="([^"]*)"/g)].map((m) => m[1]!);
    const captions = [...html.matchAll(/<caption class="visually-hidden"[^>]*>([^<]*)</g)].map((m) => m[1]!);
    expect(labels.length).toBeGreaterThan(0);
    expect([...labels, ...captions].filter((text) => /canary/i.test(text))).toEqual([]);
  });

  it('shows markers for a withheld time window, agenda item and value not recorded, and none of them', () => {
    const en = publicTree.get('en/forums/alpha/index.html')!;
    const fr = publicTree.get('fr/forums/alpha/index.html')!;
    expect(en).toContain('Opening remarks');
    expect(en).not.toMatch(/1:47|4:13|13:47|16:13/);
    expect(fr).not.toMatch(/13\s?h\s?47|16\s?h\s?13/);
    expect(en).not.toContain('value not recorded');
    // The meeting has withheld details: the public calendar file leaves it out whole.
    const ics = publicTree.get('en/calendar.ics')!;
    expect(ics).not.toContain('Alpha working session');
    expect(ics).not.toMatch(/T1747|T2013|T1347/);
    const program = publicTree.get('en/funding/delta/index.html')!;
    expect(program).not.toMatch(/13\.58|13,58|13,579,246|13579246/);
  });

  it('shows the internal edition the time, the agenda item, and a value not recorded marked as such', () => {
    const en = internalTree.get('en/forums/alpha/index.html')!;
    expect(en).toContain('1:47 p.m. to 4:13 p.m.');
    expect(en).toContain('Canaryagendaen');
    expect(en).toContain('withheld (value not recorded)');
    expect(internalTree.get('fr/forums/alpha/index.html')).toContain('soustrait (valeur non consignée)');
    expect(internalTree.get('en/calendar.ics')).toContain('DTSTART:20191021T174700Z');
    const program = internalTree.get('en/funding/delta/index.html')!;
    expect(program).toContain('$13.58\u00a0million');
    expect(program).toContain('Canarygroupen providers');
  });

  it('excludes withheld amounts from funding totals and says so', () => {
    const home = publicTree.get('en/index.html')!;
    expect(home).toContain('Totals exclude amounts withheld from this edition.');
    expect(home).not.toContain('987,654');
  });

  it('passes the independent audit', () => {
    const result = auditOutput(content, publicDir);
    expect(result.hits).toEqual([]);
    expect(result.filesScanned).toBeGreaterThan(20);
  });

  it('says in the build log what it did', () => {
    const [, en, fr] = /pages\s+(\d+) English, (\d+) French/.exec(publicBuild.stdout) ?? [];
    expect(Number(en)).toBeGreaterThan(10);
    expect(fr).toBe(en);
    // The withheld note, person and QP note.
    expect(publicBuild.stdout).toMatch(/withheld\s+3 entries left out/);
    expect(publicBuild.stdout).toMatch(/no leak/);
    expect(publicBuild.stdout + publicBuild.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/); // no stack trace
  });
});

describe('internal edition', () => {
  it('shows every canary, marked with its basis', () => {
    const all = [...internalTree.values()].join('\n').toLowerCase();
    // A link reference label ([text][canaryrefen]) is syntax, never rendered, in either edition.
    const missing = canaries.filter((c) => !c.startsWith('canaryref') && !all.includes(c));
    expect(missing).toEqual([]);
    expect(internalTree.get('en/forums/alpha/index.html')).toContain('class="redact-shown');
  });

  it('carries the internal banner, noindex, and a robots.txt that turns everyone away', () => {
    const html = internalTree.get('en/forums/alpha/index.html')!;
    expect(html).toContain('Internal: not for release');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(internalTree.get('robots.txt')).toBe('User-agent: *\nDisallow: /\n');
    expect(internalTree.has('sitemap.xml')).toBe(false);
  });

  it('shows the withheld note with its classification banner', () => {
    const html = internalTree.get('en/notes/canary-withheld/index.html')!;
    expect(html).toContain('Protected B: withheld from the public edition');
  });

  it('leaves a withheld note listed in a part out of the public part, and a part left empty out too', () => {
    // binder.yaml's parts: "First part" holds the public note, "Part of withheld notes" only the withheld one.
    for (const page of ['en/notes/index.html', 'fr/notes/index.html', 'en/print/index.html', 'fr/impression/index.html']) {
      const html = publicTree.get(page)!;
      expect(html).not.toMatch(/canary-withheld|withheld-only|Part of withheld notes|Partie des notes soustraites/);
      expect(html).toMatch(/First part|Première partie/);
    }
    // The public copy's binder.json (what Astro reads) lists the public note only.
    const copy = JSON.parse(fs.readFileSync(path.join(workdir, '.binder/public/content/binder.json'), 'utf8')) as {
      parts: { notes: string[] }[];
    };
    expect(copy.parts.map((part) => part.notes)).toEqual([['public-note'], []]);
    expect(internalTree.get('en/notes/index.html')).toContain('Part of withheld notes');
    expect(internalTree.get('en/print/index.html')).toContain('id="part-notes--withheld-only"');
  });
});
