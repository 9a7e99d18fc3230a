/**
 * The leak audit against a deliberately leaky output: each file below carries a secret of the
 * canary binder in one of the forms a text can take on its way to the output. The audit must
 * find every one, name the file, and stay quiet on a clean output and on short passages that the
 * public sources also contain.
 */
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { auditOutput, mergeScans } from './audit.ts';
import { startAudit } from './process.ts';
import { cborTextStrings } from './cbor.ts';
import { collectSecrets } from './collect.ts';
import { joinRuns } from './normalize.ts';
import { writeTree } from '../../tests/temp.ts';

describe('joinRuns', () => {
  it('reads runs of letters and digits exactly as the Unicode regular expression does', () => {
    const alphabet = ['a', 'Z', '9', ' ', '-', '’', 'é', 'É', 'ß', '\u00a0', '中', '١', '😀', '𝒜', '\ud800', '<', '\n', 'ǅ', '\u0301'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: Math.floor(random() * 30) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(joinRuns(text)).toBe(text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
    }
  });
});

const root = path.resolve(import.meta.dirname, '../..');
const sources = path.join(root, 'tests/fixtures/canary/content');

const outputDir = (files: Record<string, string | Buffer>) => writeTree(files, { name: 'audit' });

/** A CBOR array of text strings behind Pagefind's signature, gzip-compressed, as in a .pf_index. */
function pagefindIndex(words: string[]): Buffer {
  const parts: Buffer[] = [Buffer.from('pagefind_dcd'), Buffer.from([0x80 + words.length])];
  for (const word of words) {
    const bytes = Buffer.from(word);
    parts.push(Buffer.from(bytes.length < 24 ? [0x60 + bytes.length] : [0x78, bytes.length]), bytes);
  }
  return gzipSync(Buffer.concat(parts));
}

const clean = {
  'en/forums/alpha/index.html':
    '<!doctype html><html lang="en"><title>Alpha Forum</title><p>The forum meets twice a year. <span class="redacted">[REDACTED]</span> It publishes a report.</p></html>',
  'pagefind/index/en_1.pf_index': pagefindIndex(['forum', 'meet', 'twice', 'report']),
};

const leaks: [string, Record<string, string | Buffer>, string][] = [
  ['as written', { 'en/a/index.html': '<p>Canaryinlineen is the real agenda.</p>' }, 'en/a/index.html'],
  ['across markup', { 'en/b/index.html': '<p><em>Canaryinlineen</em> is <strong>the real</strong> agenda.</p>' }, 'en/b/index.html'],
  ['entity-encoded', { 'en/c/index.html': '<p>&#67;anaryinlineen is the r&#x65;al agenda</p>' }, 'en/c/index.html'],
  ['JSON-escaped', { '_astro/data.json': '{"text":"Canaryinlineen is the real\\u0020agenda"}' }, '_astro/data.json'],
  ['URL-encoded', { 'en/d/index.html': '<a href="/search/?q=Canaryinlineen%20is%20the%20real%20agenda">x</a>' }, 'en/d/index.html'],
  ['slugified into a heading id', { 'en/e/index.html': '<h2 id="canaryheadingen-plans">Plans</h2>' }, 'en/e/index.html'],
  ['in a redacted link URL', { 'en/f/index.html': '<a href="https://canary-secret.example/canaryurlen">x</a>' }, 'en/f/index.html'],
  [
    'in a compressed Pagefind fragment',
    { 'pagefind/fragment/en_2.pf_fragment': gzipSync(Buffer.from('pagefind_dcd{"content":"Canarytableen 1"}')) },
    'pagefind/fragment/en_2.pf_fragment',
  ],
  [
    'as a stemmed word of the search index',
    { 'pagefind/index/en_3.pf_index': pagefindIndex(['forum', 'canarywithheldbodi']) },
    'pagefind/index/en_3.pf_index',
  ],
  ['as a withheld route', { 'en/notes/canary-withheld/index.html': '<p>nothing</p>' }, 'en/notes/canary-withheld/index.html'],
  ['as a withheld title in a dot-folder', { '.well-known/x.txt': 'Canarywithheldtitleen plan' }, '.well-known/x.txt'],
  ['as a redacted amount', { 'en/g/index.html': '<td>$987,654</td>' }, 'en/g/index.html'],
  ['as a redacted field in French', { 'fr/h/index.html': '<li>Conseil Canarystepfr</li>' }, 'fr/h/index.html'],
];

describe('the audit', () => {
  it('finds nothing in a clean output', () => {
    const result = auditOutput(sources, outputDir(clean));
    expect(result.hits).toEqual([]);
    expect(result.filesScanned).toBe(2);
  });

  it.each(leaks)('finds a secret %s, naming the file', (_, files, file) => {
    const result = auditOutput(sources, outputDir({ ...clean, ...files }));
    expect(result.hits.map((h) => h.file)).toContain(file);
  });

  it('finds the same secrets in its own process, as a build runs it (pages, then Pagefind files)', async () => {
    const dir = outputDir(leaks.reduce<Record<string, string | Buffer>>((all, [, files]) => ({ ...all, ...files }), { ...clean }));
    const audit = startAudit(sources);
    try {
      const result = mergeScans([await audit.scan(dir, 'pages'), await audit.scan(dir, 'pagefind')]);
      const expected = auditOutput(sources, dir);
      expect(result.hits.map((h) => h.file).sort()).toEqual(expected.hits.map((h) => h.file).sort());
      expect(result.filesScanned).toBe(expected.filesScanned);
      for (const [, , file] of leaks) expect(result.hits.map((h) => h.file)).toContain(file);
    } finally {
      audit.close();
    }
  });

  it('fails `npm run audit` on the leaky output, naming where each secret was written, and no secret', () => {
    const dir = outputDir(leaks.reduce<Record<string, string | Buffer>>((all, [, files]) => ({ ...all, ...files }), { ...clean }));
    const run = spawnSync(process.execPath, ['scripts/audit.ts', '--dir', dir], {
      cwd: root,
      env: { ...process.env, BINDER_CONTENT: sources, NO_COLOR: '1' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    for (const place of [
      'forums/alpha.en.mdx:3',
      'forums/alpha.en.mdx:5',
      'funding-programs/delta.yaml:',
      'forums/alpha.yaml:',
      'notes/….yaml',
    ]) {
      expect(run.stderr).toContain(place);
    }
    expect(run.stderr).toContain('en/notes/…/index.html');
    for (const needle of collectSecrets(sources).needles) expect(run.stderr.toLowerCase()).not.toContain(needle.text.toLowerCase());
  });
});

describe('short passages', () => {
  const binder = writeTree(
    {
      'forums/alpha.en.mdx':
        'The chair is Norway. The talks were with <Redact marker="atia-15-1">Norway</Redact> and <Redact marker="atia-15-1">Zanzibarland</Redact>.\n',
    },
    { name: 'short', from: sources },
  );

  it('cannot tell a one-word passage that is also public elsewhere from that public use: it says so instead of failing', () => {
    const result = auditOutput(binder, outputDir({ 'en/a/index.html': '<p>The chair is Norway.</p>' }));
    expect(result.hits).toEqual([]);
    expect(result.notCheckable.map((n) => n.text)).toContain('Norway');
  });

  it('still finds a one-word passage that appears nowhere in the public sources', () => {
    const result = auditOutput(binder, outputDir({ 'en/a/index.html': '<p>The talks were with Zanzibarland.</p>' }));
    expect(result.hits.map((h) => h.needle.text)).toContain('Zanzibarland');
  });
});

describe('the CBOR reader', () => {
  it('reads the words of a Pagefind index', () => {
    const bytes = Buffer.from(pagefindIndex(['alpha', 'beta']).subarray(0));
    expect(cborTextStrings(new Uint8Array(gunzipSync(bytes)))).toEqual(['alpha', 'beta']);
  });
});

describe('calendar files', () => {
  it('finds a secret folded across lines of an .ics file', () => {
    const ics = 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Canaryinlineen is the re\r\n al agenda\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    const result = auditOutput(sources, outputDir({ ...clean, 'en/calendar.ics': ics }));
    expect(result.hits.map((h) => h.file)).toContain('en/calendar.ics');
  });
});

describe('apostrophes', () => {
  it('does not take a public word for a secret when the search index splits it at an apostrophe', () => {
    const binder = writeTree(
      {
        'forums/alpha.fr.mdx':
          'Le rapport porte sur l’évaluation du programme. <Redact marker="atia-15-1">Les évaluations confidentielles des partenaires</Redact>.\n',
      },
      { name: 'apostrophe', from: sources },
    );
    const result = auditOutput(binder, outputDir({ 'pagefind/index/fr_1.pf_index': pagefindIndex(['rapport', 'évaluation', 'programm']) }));
    expect(result.hits).toEqual([]);
  });
});

describe('numbers in attributes', () => {
  it('does not take an SVG coordinate for a withheld amount, but finds the amount as text', () => {
    const svg = { 'en/map/index.html': '<svg><rect y="987654" height="20"></rect></svg>' };
    expect(auditOutput(sources, outputDir({ ...clean, ...svg })).hits).toEqual([]);
    const text = { 'en/map/index.html': '<p>Research: 987654 dollars</p>' };
    expect(auditOutput(sources, outputDir({ ...clean, ...text })).hits.map((h) => h.file)).toContain('en/map/index.html');
  });
});
