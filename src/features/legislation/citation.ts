/**
 * A provision cited in the reader's language, after Justice Canada's conventions. English cites
 * every level with "s." ("IRPA, s. 3(3)(a)"). French names the level: "art." for a section,
 * "par." for a subsection, "al." for a paragraph, "sous-al." for a subparagraph and "div." for a
 * clause, and writes a paragraph's letter without its opening parenthesis ("LIPR, al. 3(3)a)").
 * Conventions and agreements are cited by article in both languages ("art. 35").
 */
import type { Lang } from '../../schemas/localized.ts';
import type { LegislationKind, Provision } from '../../schemas/legislation.ts';
import { legislationStrings } from './strings.ts';

type Level = 'section' | 'subsection' | 'paragraph' | 'subparagraph' | 'clause';

/** The deepest level a provision names. */
export function levelOf(p: Provision): Level {
  if (p.clause) return 'clause';
  if (p.subparagraph) return 'subparagraph';
  if (p.paragraph) return 'paragraph';
  return p.subsection ? 'subsection' : 'section';
}

/** "3(3)(a)(i)" in English, "3(3)a)(i)" in French. */
export function provisionNumber(p: Provision, lang: Lang): string {
  const paragraph = p.paragraph ? (lang === 'fr' ? `${p.paragraph})` : `(${p.paragraph})`) : '';
  const parts = [p.section, p.subsection ? `(${p.subsection})` : '', paragraph];
  parts.push(p.subparagraph ? `(${p.subparagraph})` : '', p.clause ? `(${p.clause})` : '');
  return parts.join('');
}

/** "s. 3(3)(a)" / "al. 3(3)a)"; "art. 35" for a convention. */
export function formatProvision(p: Provision, kind: LegislationKind, lang: Lang): string {
  const strings = legislationStrings[lang];
  const byArticle = kind === 'convention' || kind === 'agreement';
  const label = byArticle ? strings.article : strings.levels[levelOf(p)];
  return `${label}\u00a0${provisionNumber(p, lang)}`;
}

/** "IRPA, s. 3(3)(a)" / "LIPR, al. 3(3)a)", or the short name alone without a provision. */
export function formatCitation(shortName: string, p: Provision | undefined, kind: LegislationKind, lang: Lang): string {
  return p ? `${shortName}, ${formatProvision(p, kind, lang)}` : shortName;
}
