/**
 * `npm run pdf` audits the text of each public PDF like the site, and reports a leak as the
 * build's audit does: where the editor wrote the leaked words and the PDF's own name, once per
 * place, never the secret and never a temporary file.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditPdf } from './pdf-cli.ts';
import { tempDir } from '../../tests/temp.ts';

const canary = path.resolve(import.meta.dirname, '../../tests/fixtures/canary');
const pdf = path.join(tempDir('pdf-cli'), 'binder-public-en.pdf');

describe('the audit of a public PDF', () => {
  it('finds a redacted passage in its text, and names the place and the PDF, not the passage', () => {
    const lines = auditPdf(pdf, canary, 'Key messages\nCanaryifpresseden answer.\nMore text.');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /notes\/public-note\.en\.mdx:9 {2}a redacted passage, in 1 output file \(.*\/binder-public-en\.pdf\) as text$/,
    );
    expect(lines[0]).not.toMatch(/Canaryifpressed/i);
    expect(lines[0]).not.toContain('binder-pdf-text-');
  });

  it('passes a PDF whose text holds no secret', () => {
    expect(auditPdf(pdf, canary, 'Key messages\n[REDACTED] s.21(1)(a) ATIA\n')).toEqual([]);
  });
});
