/**
 * Markings in plain text and on paper, built for real from an overlay of the canary binder (one
 * organisation added, whose name and acronym hold literal markers as imported sources write them):
 * - a literal marker in a name reads as the page language's marker text wherever the name is plain
 *   text (the heading, <title>, link text, the printed contents, the map);
 * - in the internal edition, a page that lists entries of several levels carries the edition's
 *   highest classification on screen and in its printed margins; an entry page keeps its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEditions, projectRoot, tempWorkdir } from './helpers.ts';

function overlayFixture(): string {
  const dir = path.join(tempWorkdir('markings-content'), 'content');
  fs.cpSync(path.join(projectRoot, 'tests/fixtures/canary/content'), dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'stakeholders/epsilon.yaml'),
    [
      'name: { en: "[Caviardé] Working Group", fr: "Groupe de travail [ * ]" }',
      'acronym: { en: "[ * ]WG", fr: "GT[redacted]" }',
      'kind: think-tank',
      'summary: { en: "An organization released with a marker in its name.", fr: "Une organisation publiée avec une mention dans son nom." }',
      '',
    ].join('\n'),
  );
  return dir;
}

const content = overlayFixture();
const workdir = tempWorkdir('markings');

const built = buildEditions(content, workdir);

const page = (tree: Map<string, string>, file: string) => {
  const html = tree.get(file);
  expect(html, file).toBeDefined();
  return html!;
};

it('builds both editions', () => {
  expect(built.internal.status, built.internal.stderr).toBe(0);
  expect(built.publicBuild.status, built.publicBuild.stderr).toBe(0);
});

describe('a literal marker in a name', () => {
  it('reads as "[REDACTED]" in English: heading, <title>, links, printed contents, map', () => {
    const entry = page(built.publicTree, 'en/organizations/epsilon/index.html');
    expect(entry).toContain('<title>[REDACTED] Working Group – Canary binder</title>');
    expect(entry).toMatch(/<h1[^>]*>\[REDACTED\] Working Group<span class="acronym"> \(\[REDACTED\]WG\)<\/span><\/h1>/);
    expect(page(built.publicTree, 'en/organizations/index.html')).toContain('>[REDACTED] Working Group ([REDACTED]WG)</a>');
    expect(page(built.publicTree, 'en/print/index.html')).toContain('<span class="print-toc__title">[REDACTED] Working Group</span>');
    expect(page(built.publicTree, 'en/relationships/index.html')).toContain('<title>[REDACTED] Working Group ([REDACTED]WG)</title>');
  });

  it('reads as "[CAVIARDÉ]" in French, whichever marker the source wrote', () => {
    const entry = page(built.publicTree, 'fr/organisations/epsilon/index.html');
    expect(entry).toContain('<title>Groupe de travail [CAVIARDÉ] – Cahier canari</title>');
    expect(page(built.publicTree, 'fr/organisations/index.html')).toContain('>Groupe de travail [CAVIARDÉ] (GT[CAVIARDÉ])</a>');
    expect(page(built.publicTree, 'fr/impression/index.html')).toContain(
      '<span class="print-toc__title">Groupe de travail [CAVIARDÉ]</span>',
    );
  });

  it('is never shown as the source wrote it, in either edition', () => {
    for (const tree of [built.publicTree, built.internalTree]) {
      for (const [file, text] of tree) {
        if (!file.endsWith('.html')) continue;
        expect(text, file).not.toContain('[Caviardé] Working');
        expect(text, file).not.toContain('[ * ]');
        expect(text, file).not.toContain('GT[redacted]');
      }
    }
  });
});

describe('markings of the internal edition', () => {
  // The canary binder is unclassified as a whole; its withheld note is Protected B.
  const listings = [
    'index.html',
    'forums/index.html',
    'organizations/index.html',
    'calendar/index.html',
    'relationships/index.html',
    'funding-at-a-glance/index.html',
    'glossary/index.html',
    'redactions/index.html',
    'search/index.html',
  ];

  it('marks every page that lists entries with the highest level in the edition, on screen and in the print margins', () => {
    for (const file of listings) {
      const html = page(built.internalTree, `en/${file}`);
      expect(html, file).toContain(
        '<div class="classification-banner" role="note"><strong>Protected B: the highest classification in this binder, whose entries this page lists.</strong></div>',
      );
      expect(html, file).toMatch(/@page \{ @top-center \{ content: "PROTECTED B";[^}]*\} @bottom-center \{ content: "PROTECTED B";/);
    }
    expect(page(built.internalTree, 'fr/calendrier/index.html')).toContain('Protégé B\u00a0: la cote la plus élevée de ce cahier');
    expect(page(built.internalTree, 'fr/calendrier/index.html')).toContain('content: "PROTÉGÉ B"');
  });

  it('leaves each entry page its own marking', () => {
    const plain = page(built.internalTree, 'en/forums/alpha/index.html');
    expect(plain).not.toContain('classification-banner');
    expect(plain).not.toContain('@top-center');
    const classified = page(built.internalTree, 'en/notes/canary-withheld/index.html');
    expect(classified).toContain('<strong>Protected B: withheld from the public edition</strong>');
    expect(classified).toContain('content: "PROTECTED B"');
  });

  it('gives the public edition, which holds unclassified entries only, no marking', () => {
    for (const file of listings) {
      const html = page(built.publicTree, `en/${file}`);
      expect(html, file).not.toContain('classification-banner');
      expect(html, file).not.toContain('@top-center');
    }
  });
});
