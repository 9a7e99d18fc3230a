/**
 * Images written by reference (`![alt][label]` with `[label]: ./file.png` elsewhere in the body)
 * build in both editions like inline ones: the redact pass copies their file into the edition's
 * copy of content/ (before, Astro stopped with a bundler error naming the copy under .binder/). An
 * image used only inside a redacted passage, through a definition outside it, is in the internal
 * edition only, and the public output holds neither its file nor its name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, projectRoot, readTree, tempWorkdir, type BuildResult } from './helpers.ts';

const canary = path.join(projectRoot, 'tests/fixtures/canary/content');
const content = path.join(tempWorkdir('reference-images'), 'content');
const workdir = tempWorkdir('reference-images-out');
const results: Partial<Record<'public' | 'internal', BuildResult>> = {};

beforeAll(() => {
  fs.cpSync(canary, content, { recursive: true });
  const photo = fs.readFileSync(path.join(content, 'forums/canary-photo.png'));
  // Files with the same bytes are one asset to Astro, named after one of them: each gets bytes of its own after the image data.
  fs.writeFileSync(path.join(content, 'forums/arrivals-chart.png'), Buffer.concat([photo, Buffer.from('chart')]));
  fs.writeFileSync(path.join(content, 'forums/canaryrefsecret.png'), Buffer.concat([photo, Buffer.from('canaryrefsecret')]));
  const body = path.join(content, 'forums/alpha.en.mdx');
  const text = fs
    .readFileSync(body, 'utf8')
    // Inside the block passage of lines 5 to 21: a use of a definition written outside it.
    .replace('| Secret | Value |', '![Canaryrefalten][canaryrefimage]\n\n| Secret | Value |');
  fs.writeFileSync(
    body,
    `${text}\nArrivals by month: ![Arrivals chart][chart].\n\n[chart]: ./arrivals-chart.png\n[canaryrefimage]: ./canaryrefsecret.png\n`,
  );
  results.internal = build({ content, workdir, edition: 'internal' });
  results.public = build({ content, workdir });
}, 600_000);

/**
 * A build's stderr with Binder's own warnings taken out (the canary's placeholders, which the
 * internal edition reports and the public one, hiding them, does not): what is left must be empty.
 */
function beyondWarnings(stderr: string): string {
  return stderr.replace(/^\S+:\d+:\d+ {2}warning {2}[a-z0-9-]+ {2}.*\n(?: {4}.*\n)*/gm, '').replace(/^\n*\d+ warnings?\n*$/, '');
}

describe('images by reference', () => {
  it('build in the internal edition, with both images', () => {
    expect(results.internal!.stderr).toMatch(/notes\/canary-withheld\.en\.mdx:5:1 {2}warning {2}placeholder {2}/);
    expect(beyondWarnings(results.internal!.stderr)).toBe('');
    expect(results.internal!.status).toBe(0);
    const files = [...readTree(path.join(workdir, 'dist-internal')).keys()];
    expect(files.some((f) => /arrivals-chart/.test(f))).toBe(true);
    expect(files.some((f) => /canaryrefsecret/.test(f))).toBe(true);
  });

  it('build in the public edition, with the public image only, and nothing of the redacted one', () => {
    expect(results.public!.stderr).toBe('');
    expect(results.public!.status).toBe(0);
    const tree = readTree(path.join(workdir, 'dist'));
    expect([...tree.keys()].some((f) => /arrivals-chart/.test(f))).toBe(true);
    for (const [file, text] of tree) {
      expect(file).not.toMatch(/canaryref/i);
      expect(text, file).not.toMatch(/canaryref/i);
    }
    // Nor does the public copy Astro read hold the definition or the file.
    const copy = readTree(path.join(workdir, '.binder', 'public', 'content'));
    expect(copy.has('forums/canaryrefsecret.png')).toBe(false);
    expect(copy.get('forums/alpha.en.mdx')).not.toMatch(/canaryref/i);
  });
});
