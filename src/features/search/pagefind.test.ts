import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { indexedFiles, indexSite, pageUrl, spacedForIndex } from './pagefind.ts';
import { searchStrings, topicLabels } from './strings.ts';
import { topics } from '../../schemas/topic.ts';
import { writeTree } from '../../../tests/temp.ts';

const page = (lang: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>t</title></head><body><main data-pagefind-body>${body}</main></body></html>`;

const site = (files: Record<string, string>) => writeTree(files, { name: 'search' });

describe('the files Pagefind reads', () => {
  it('are every HTML file but those under a skipped folder, in a stable order', () => {
    const dir = site({ 'index.html': '', 'en/print/index.html': '', 'en/forums/fcm/index.html': '', 'en/a.css': '', '404.html': '' });
    expect(indexedFiles(dir, ['en/print'])).toEqual(['404.html', 'en/forums/fcm/index.html', 'index.html']);
  });

  it('get the URL Pagefind gives a file on disk', () => {
    expect(pageUrl('en/forums/fcm/index.html')).toBe('/en/forums/fcm/');
    expect(pageUrl('index.html')).toBe('/');
    expect(pageUrl('404.html')).toBe('/404.html');
  });
});

describe('spacing for the index', () => {
  it('ends every table cell, caption and description with a space, and changes nothing else', () => {
    const html =
      '<table><caption>Funding</caption><tr><th scope="col">Purpose</th><TD>Amount</TD></tr></table><dl><dt>a</dt><dd>b</dd></dl><p>x</p>';
    expect(spacedForIndex(html)).toBe(
      '<table><caption>Funding </caption><tr><th scope="col">Purpose </th><TD>Amount </TD></tr></table><dl><dt>a </dt><dd>b </dd></dl><p>x</p>',
    );
  });

  it('keeps a table row apart in the excerpts Pagefind builds', async () => {
    const dir = site({
      'en/index.html': page('en', '<table><caption>Funding it receives</caption><tr><th>Purpose</th><th>Amount</th></tr></table>'),
    });
    expect(await indexSite(dir)).toEqual({ records: 1, languages: ['en'] });
    const fragments = fs.readdirSync(path.join(dir, 'pagefind/fragment'));
    const text = fragments.map((f) => gunzipSync(fs.readFileSync(path.join(dir, 'pagefind/fragment', f))).toString('utf8')).join('');
    expect(text).toContain('Funding it receives Purpose Amount');
    expect(fs.readFileSync(path.join(dir, 'en/index.html'), 'utf8')).toContain('<th>Purpose</th><th>Amount</th>');
  });
});

describe('topic labels', () => {
  it('name every topic in both languages, each label once per language', () => {
    for (const strings of Object.values(searchStrings)) {
      const labels = topics.map((t) => strings.topics[t]);
      expect(labels.every((l) => l.trim().length > 0)).toBe(true);
      expect(new Set(labels).size).toBe(topics.length);
    }
  });

  it('read in the page’s language', () => {
    expect(topicLabels('en', ['removals', 'five-eyes'])).toEqual(['Removals', 'Five Eyes']);
    expect(topicLabels('fr', ['removals', 'five-eyes'])).toEqual(['Renvois', 'Groupe des cinq']);
  });
});
