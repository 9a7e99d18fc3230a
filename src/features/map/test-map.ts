/** The relationship map's unit-test binder: forums, organisations and programs with every kind of link, withheld ones included. */
import { mapGraph, renderRelationshipMap, type MapInput, type MapLabels } from './relationship-map.ts';
import { mapStrings } from './strings.ts';
import type { EntryRef } from '../../schemas/reference.ts';

export const org = (id: string) => ({ collection: 'stakeholders', id }) satisfies EntryRef;
export const forumRef = (id: string) => ({ collection: 'forums', id }) satisfies EntryRef;
export const withheld = { redacted: ['atia-15-1'] };
export const entity = (id: string, name: string) => ({ id, name, longName: `${name} (${id.toUpperCase()})` });

export const input: MapInput = {
  forums: [
    {
      ...entity('igc', 'Intergovernmental Consultations on Migration, Asylum and Refugees'),
      role: 'Chair 2019–2020',
      members: [org('unhcr'), org('iom'), withheld],
    },
    { ...entity('alpha', 'Alpha Forum'), role: 'Member', members: [org('beta'), org('gamma'), org('gone'), org('beta')] },
    { ...entity('lonely', 'Lonely Forum'), members: [] },
  ],
  organisations: [
    entity('unhcr', 'Office of the United Nations High Commissioner for Refugees (UN Refugee Agency)'),
    entity('iom', 'International Organization for Migration'),
    entity('beta', 'Smith & Sons <Trust> "Q" \'A\''),
    entity('gamma', 'Gamma Institute'),
  ],
  programs: [
    {
      ...entity('imcbp', 'International Migration Capacity Building Program'),
      recipients: [{ to: forumRef('igc') }, { to: org('iom') }, { to: withheld }, { to: org('unhcr') }, { to: forumRef('absent') }],
    },
    { ...entity('delta', 'Delta Program'), recipients: [{ to: org('gamma') }, { to: org('gamma') }] },
  ],
};

export const labels = (lang: 'en' | 'fr', description = 'A description'): MapLabels => ({
  idPrefix: `relationship-map-${lang}`,
  title: mapStrings[lang].svgTitle,
  description,
  columns: mapStrings[lang].columns,
  legend: mapStrings[lang].legend,
  canadaRole: mapStrings[lang].canadaRole,
});

export const render = (data: MapInput = input, lang: 'en' | 'fr' = 'en') => renderRelationshipMap(mapGraph(data), labels(lang));
export const count = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].length;

/** The problems that make a string not well-formed XML (one root, balanced tags, valid entities). */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const entity = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/;
  const token =
    /<!--[\s\S]*?-->|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|([\s\S])/y;
  const stack: string[] = [];
  let roots = 0;
  let match: RegExpExecArray | null;
  while (token.lastIndex < xml.length && (match = token.exec(xml))) {
    const [whole, closing, name, attributes, selfClosing, text, stray] = match;
    if (stray !== undefined) {
      problems.push(`stray ${JSON.stringify(stray)} at ${match.index}`);
    } else if (text !== undefined) {
      if (entity.test(text)) problems.push(`bad entity in text ${JSON.stringify(text)}`);
      if (stack.length === 0 && text.trim()) problems.push(`text outside the root: ${JSON.stringify(text)}`);
    } else if (name !== undefined) {
      if (closing) {
        if (stack.pop() !== name) problems.push(`</${name}> closes nothing open`);
        continue;
      }
      const names = [...(attributes ?? '').matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*("[^"]*"|'[^']*')/g)];
      if (new Set(names.map((a) => a[1])).size !== names.length) problems.push(`duplicate attribute in ${whole}`);
      for (const a of names) if (entity.test(a[2]!)) problems.push(`bad entity in attribute ${a[0]}`);
      if (stack.length === 0) roots++;
      if (!selfClosing) stack.push(name);
    }
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
