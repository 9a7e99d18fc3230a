/**
 * Writing an edition's copy: only files whose contents changed are rewritten, text and bytes alike,
 * whether this process remembers what it wrote (the dev server) or reads the copy back (a build);
 * files no longer in the edition are deleted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCopy } from './write-copy.ts';
import { tempDir } from '../../tests/temp.ts';

const image = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

describe.each([true, false])('writeCopy (remember: %s)', (remember) => {
  it('rewrites what changed, keeps what did not, and deletes what left', () => {
    const dir = tempDir('copy');
    const files = new Map<string, string | Buffer>([
      ['forums/a.json', '{"a":1}'],
      ['forums/a.en.mdx', 'Hello\n'],
      ['forums/a.png', image],
    ]);
    expect(writeCopy(dir, files, remember)).toEqual({ written: 3, removed: 0 });
    expect(writeCopy(dir, new Map(files), remember)).toEqual({ written: 0, removed: 0 });
    files.set('forums/a.en.mdx', 'Hello again\n');
    files.set('forums/a.png', Buffer.from([0x89, 0x50, 0x4e, 0x48]));
    files.delete('forums/a.json');
    expect(writeCopy(dir, files, remember)).toEqual({ written: 2, removed: 1 });
    expect(fs.readFileSync(path.join(dir, 'forums/a.en.mdx'), 'utf8')).toBe('Hello again\n');
    expect(fs.readFileSync(path.join(dir, 'forums/a.png'))).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x48]));
    expect(fs.existsSync(path.join(dir, 'forums/a.json'))).toBe(false);
    files.set('forums/a.json', '{"a":1}');
    expect(writeCopy(dir, files, remember)).toEqual({ written: 1, removed: 0 });
  });

  it('deletes what an earlier run left in the copy, the first time too (a withheld entry cannot linger)', () => {
    const dir = tempDir('copy');
    fs.mkdirSync(path.join(dir, 'notes'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'notes/withheld.json'), '{}');
    expect(writeCopy(dir, new Map([['notes/kept.json', '{}']]), remember)).toEqual({ written: 1, removed: 1 });
    expect(fs.readdirSync(path.join(dir, 'notes'))).toEqual(['kept.json']);
  });
});
