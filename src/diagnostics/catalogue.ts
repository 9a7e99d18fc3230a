/**
 * The catalogue of problems Binder reports in an editor's sources, after Astro's error catalogue:
 * each has a permanent name (the rule id printed with every diagnostic), a short title, what
 * happened and why it matters, what to do, and the templates of its message and hint. `npm run
 * check`, `npm run build` and the dev server all report through it (report.ts), and the editors'
 * guide lists it (src/guides/editors.md, generated). The words of every diagnostic are written in
 * catalogue/*.ts and nowhere else: call sites pass typed parameters (`ParamsOf<'bad-id'>`).
 */
import type { Rule } from './rule.ts';
import { sourceRules } from './catalogue/sources.ts';
import { dataRules } from './catalogue/data.ts';
import { mdxRules } from './catalogue/mdx.ts';
import { briefingRules } from './catalogue/briefing.ts';
import { publishingRules } from './catalogue/publishing.ts';

export type { Rule } from './rule.ts';

/** In the order the guide lists them: files, data, bodies, what the public edition would give away. */
export const errorCatalogue = { ...sourceRules, ...dataRules, ...mdxRules, ...briefingRules, ...publishingRules };

export type RuleId = keyof typeof errorCatalogue;

/** The parameters a rule's message and hint are made from. */
export type ParamsOf<R extends RuleId> = (typeof errorCatalogue)[R] extends Rule<infer P> ? P : never;

/** What a public build's log adds to a diagnostic that names a withheld entry (see forLog). */
export const withheldNote =
  "this is a withheld entry, not named in a public build's log: run `npm run check` or `npm run build:internal` to see its file";
