/**
 * What Astro's data store keeps of an MDX body (src/site/bodies-loader.ts): the people it names,
 * its file and deferred render, never its text; and a digest that changes with those only, so an
 * edit of the text alone leaves the store as it was.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { keptBody } from './bodies-loader.ts';
import { citedActs, personTags } from '../core/body-tags.ts';

const digest = (data: Record<string, unknown> | string) => createHash('sha256').update(JSON.stringify(data)).digest('hex');
const body = (text: string) => ({
  id: 'forums/fcm.en',
  data: {},
  body: text,
  filePath: 'c/forums/fcm.en.mdx',
  deferredRender: true,
  digest: 'of-the-file',
});

describe('a body in the data store', () => {
  it('keeps the people it names, its file and deferred render, not its text', () => {
    const kept = keptBody(
      body('As <Person id="dg" /> said, and <Person id="adm" /> and <Person id="dg" />, under <Cite act="irpa" />.'),
      digest,
    );
    expect({ ...kept, digest: typeof kept.digest }).toEqual({
      id: 'forums/fcm.en',
      data: { people: ['dg', 'adm'], acts: ['irpa'] },
      filePath: 'c/forums/fcm.en.mdx',
      deferredRender: true,
      digest: 'string',
    });
    expect(JSON.stringify(kept)).not.toContain('said');
  });

  it('has the same digest when only the text changed, another when the people did', () => {
    const before = keptBody(body('<Person id="dg" /> said.'), digest).digest;
    expect(keptBody(body('<Person id="dg" /> said something else.'), digest).digest).toBe(before);
    expect(keptBody(body('<Person id="adm" /> said.'), digest).digest).not.toBe(before);
    expect(keptBody(body('<Person id="dg" /> said, under <Cite act="irpa" />.'), digest).digest).not.toBe(before);
    expect(keptBody({ ...body('<Person id="dg" /> said.'), filePath: 'c/forums/other.en.mdx' }, digest).digest).not.toBe(before);
  });
});

describe('tags in a body', () => {
  it('reads <Person id> with either quote and after other attributes', () => {
    expect(personTags('As <Person id="dg" /> said, and <Person title="false" id=\'adm\'/>.')).toEqual(['dg', 'adm']);
  });

  it('reads <Cite act>, after other attributes too', () => {
    expect(citedActs('Under <Cite act="irpa" /> and <Cite lang="en" act="stca" section="3"/>.')).toEqual(['irpa', 'stca']);
  });
});
