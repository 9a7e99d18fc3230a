/**
 * The audit's log must be safe to publish and useful to the editor: each line names where the
 * leaked words were written (public source file and line) and an output file, once per place and
 * kind with a count, and never the secret, a withheld entry's file name, or its slug in a path.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditOutput } from './audit.ts';
import { formatHits } from './report.ts';
import type { Hit } from './scan.ts';
import { tempDir } from '../../tests/temp.ts';

describe('formatHits', () => {
  const needle = { text: 'Top secret words', origin: 'content/forums/igc.en.mdx:12', kind: 'passage' as const };
  const hit = (file: string, form: string, place = 'content/forums/igc.en.mdx:12'): Hit => ({ needle, file, output: file, place, form });

  it('prints each place and kind once, with the number of output files and one of them', () => {
    const lines = formatHits(
      [
        hit('en/igc/index.html', 'text'),
        hit('pagefind/fragment/en_1.pf_fragment', 'compressed text'),
        hit('en/igc/index.html', 'attribute'),
      ],
      'dist',
    );
    expect(lines).toEqual([
      'content/forums/igc.en.mdx:12  a redacted passage, in 2 output files (dist/en/igc/index.html and 1 more) as attribute, compressed text, text',
    ]);
  });

  it('keeps places apart, and kinds apart', () => {
    const other = { ...hit('en/x/index.html', 'text', 'content/notes/a.en.mdx:3'), needle: { ...needle, kind: 'withheld-id' as const } };
    expect(formatHits([hit('en/igc/index.html', 'text'), other], 'dist')).toEqual([
      'content/forums/igc.en.mdx:12  a redacted passage, in 1 output file (dist/en/igc/index.html) as text',
      'content/notes/a.en.mdx:3  the id of a withheld entry, in 1 output file (dist/en/x/index.html) as text',
    ]);
  });

  it('never prints the secret, nor the unmasked output path', () => {
    const masked = { ...hit('en/notes/secret-id/index.html', 'file name'), output: 'en/notes/…/index.html' };
    const [line] = formatHits([masked], 'dist');
    expect(line).not.toContain(needle.text);
    expect(line).not.toContain('secret-id');
    expect(line).toContain('dist/en/notes/…/index.html');
  });
});

describe('the hits of a link to a withheld page', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const binder = tempDir('report');
  fs.cpSync(path.join(root, 'tests/fixtures/canary/content'), binder, { recursive: true });
  fs.writeFileSync(
    path.join(binder, 'forums/alpha.en.mdx'),
    'The forum meets.\n\nSee [the plan](/en/notes/canary-withheld/) and Canarywithheldtitleen plan.\n',
  );
  const out = tempDir('report-out');
  for (const file of ['en/forums/alpha/index.html', 'en/print/index.html']) {
    fs.mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    fs.writeFileSync(path.join(out, file), '<p>See <a href="/en/notes/canary-withheld/">the plan</a> and Canarywithheldtitleen plan.</p>');
  }
  fs.mkdirSync(path.join(out, 'en/notes/canary-withheld'), { recursive: true });
  fs.writeFileSync(path.join(out, 'en/notes/canary-withheld/index.html'), '<p>x</p>');
  const result = auditOutput(binder, out);
  const body = path.relative(process.cwd(), path.join(binder, 'forums/alpha.en.mdx')).split(path.sep).join('/');
  const lines = formatHits(result.hits, 'dist');

  it('name the public body and line where the link and the name were typed, once each', () => {
    expect(lines.filter((l) => l.startsWith(`${body}:3`))).toHaveLength(2);
    expect(lines.find((l) => l.includes('the id of a withheld entry'))).toContain('in 3 output files');
    expect(lines.find((l) => l.includes('text of a withheld entry'))).toContain('in 2 output files');
  });

  it('mask the withheld slug in output paths and never name the withheld entry or its file', () => {
    expect(result.hits.map((h) => h.output)).toContain('en/notes/…/index.html');
    for (const line of lines) {
      expect(line).not.toMatch(/canary-withheld|canarywithheld/i);
    }
    expect(result.hits.every((h) => !/canary-withheld/.test(h.output) && !/canary-withheld/.test(h.place))).toBe(true);
  });
});
