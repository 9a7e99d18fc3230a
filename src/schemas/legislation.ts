import { z } from 'astro/zod';
import { localizedText } from './localized.ts';

/** The kinds of instrument a binder cites. */
export const legislationKinds = ['act', 'regulation', 'convention', 'agreement', 'bill', 'order'] as const;
export type LegislationKind = (typeof legislationKinds)[number];

/**
 * An act, regulation, convention, agreement, bill or order, defined once in
 * `content/legislation/<id>.yaml` and cited in bodies with `<Cite act="<id>" section="3(3)(a)" />`.
 */
export const legislationSchema = z.strictObject({
  /** The full title in each language: `{ en: Immigration and Refugee Protection Act, fr: Loi sur l’immigration et la protection des réfugiés }`. */
  name: localizedText,
  /** The short title citations use, in each language: `{ en: IRPA, fr: LIPR }`. */
  shortName: localizedText,
  /** `act`, `regulation`, `convention`, `agreement`, `bill` or `order`. */
  kind: z.enum(legislationKinds),
  /** The official citation in each language, when there is one: `{ en: S.C. 2001, c. 27, fr: L.C. 2001, ch. 27 }`. */
  citation: localizedText.optional(),
  /** Where to read it, in each language (e.g. laws-lois.justice.gc.ca): `{ en: https://…, fr: https://… }`. */
  url: z
    .strictObject({
      /** The English text's address. */
      en: z.url(),
      /** The French text's address. */
      fr: z.url(),
    })
    .optional(),
});
export type Legislation = z.output<typeof legislationSchema>;

/**
 * A provision as Justice Canada numbers it: section `3`, subsection `3(3)`, paragraph `3(3)(a)`
 * (or `3(a)` in a section without subsections), subparagraph `3(3)(a)(i)`, clause `3(3)(a)(i)(A)`.
 * Numbers may carry a decimal part for inserted provisions: `91.1`, `3(1.1)`, `(a.1)`.
 */
export interface Provision {
  section: string;
  subsection?: string | undefined;
  paragraph?: string | undefined;
  subparagraph?: string | undefined;
  clause?: string | undefined;
}

const provisionPattern = /^(\d+(?:\.\d+)?)(?:\((\d+(?:\.\d+)?)\))?(?:\(([a-z](?:\.\d+)?)\)(?:\(([ivxl]+)\)(?:\(([A-Z])\))?)?)?$/;

/** The accepted forms, for hints. */
export const provisionForms = '3, 3(3), 3(3)(a), 3(a), 3(3)(a)(i) or 3(3)(a)(i)(A)';

/** Parses a provision as written in `section="…"`; undefined when it is not one of the accepted forms. */
export function parseProvision(text: string): Provision | undefined {
  const match = provisionPattern.exec(text.trim());
  if (!match) return undefined;
  const [, section, subsection, paragraph, subparagraph, clause] = match;
  return { section: section!, subsection, paragraph, subparagraph, clause };
}
