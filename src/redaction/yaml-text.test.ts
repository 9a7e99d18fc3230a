/**
 * YAML values are plain text: a tag in any string value, at any depth, is refused at the value's
 * line and column, naming the field and never quoting the value; a plain `<` in prose is text.
 * Literal markers in values count for the register.
 */
import { describe, expect, it } from 'vitest';
import { parseYaml } from './yaml-source.ts';
import { checkYamlText, countLiteralMarkers, hasTag } from './yaml-text.ts';

function tagsIn(text: string) {
  const { yaml } = parseYaml({ file: 'content/forums/x.yaml', rel: 'forums/x.yaml', text });
  if (!yaml) throw new Error('the test YAML does not parse');
  return checkYamlText(yaml);
}

describe('hasTag', () => {
  it('takes < followed by a letter, / or ! for a tag', () => {
    for (const text of [
      '<Redact marker="atia-15-1">Secret</Redact>',
      'a <redact>b',
      'x <b>bold</b>',
      'end </span>',
      'a <br/> b',
      '<!-- hidden -->',
      '<Canaryx />',
    ]) {
      expect(hasTag(text), text).toBe(true);
    }
  });
  it('leaves a plain < in prose alone', () => {
    for (const text of ['fewer than 5 <10', 'a < b', '<5 per cent', '<= 3', 'x<1', '«guillemets»', '->']) {
      expect(hasTag(text), text).toBe(false);
    }
  });
});

describe('checkYamlText', () => {
  it('reports a redaction element in a label at the value, naming the field only', () => {
    const [d, ...rest] = tagsIn('name:\n  en: "Alpha <Redact marker=\\"atia-15-1\\">Canarytagsecret</Redact>"\n  fr: "Alpha"\n');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ file: 'content/forums/x.yaml', line: 2, column: 7, rule: 'tag-in-yaml', severity: 'error' });
    expect(d!.message).toMatch(/^name\.en: YAML values are plain text/);
    expect(`${d!.message} ${d!.hint}`).not.toContain('Canarytagsecret');
    expect(d!.hint).toContain('{ redact: <marker>, value: … }');
  });

  it('finds tags at any depth: in lists, inside a { redact, value } field, in plain and block scalars', () => {
    const text = [
      'meetings:',
      '  - title: { en: "<b>Plenary</b>", fr: "Plénière" }',
      '  - redact: atia-15-1',
      '    value:',
      '      title: { en: "Summit", fr: "Sommet <redact>x</redact>" }',
      'nextSteps:',
      '  - en: |',
      '      Prepare the',
      '      <span>agenda</span>',
      '    fr: Préparer',
      'tags: [a, b]',
    ].join('\n');
    const found = tagsIn(text).map((d) => `${d.line}:${d.column} ${d.message.split(':')[0]}`);
    expect(found).toEqual(['2:18 meetings[0].title.en', '5:34 meetings[1].value.title.fr', '7:9 nextSteps[0].en']);
  });

  it('accepts prose with a plain < and values that are not text', () => {
    expect(tagsIn('summary: { en: "Fewer than 5 <10 per year", fr: "Moins de 5 < 10 par an" }\nestablished: 2001\nflag: true\n')).toEqual(
      [],
    );
  });

  it('reports a tag in an anchored value once, where it is written', () => {
    expect(tagsIn('a: &x "<i>x</i>"\nb: *x\n').map((d) => d.line)).toEqual([1]);
  });
});

describe('countLiteralMarkers', () => {
  it('counts literal markers in any spelling, once per label, and not inside a redacted field', () => {
    const data = {
      name: { en: 'Project [REDACTED] and [ * ]', fr: 'Projet [CAVIARDÉ] et [ * ]' },
      summary: { en: 'Plain', fr: 'Simple' },
      notes: ['[Redacted]', 'none', '[caviardé]'],
      location: { redact: 'atia-15-1', value: { en: '[REDACTED]', fr: '[CAVIARDÉ]' } },
      established: 2001,
    };
    expect(countLiteralMarkers(data)).toBe(4);
  });
  it('counts the larger side of a label whose languages differ', () => {
    expect(countLiteralMarkers({ title: { en: 'A', fr: 'B [Caviardé]' } })).toBe(1);
  });
});
