import type { APIRoute, GetStaticPaths } from 'astro';
import { identifierNames, identifierSvg, type IdentifierType } from '../../site/gc-identifiers.ts';
import type { Lang } from '../../schemas/localized.ts';

/** The GC signature and wordmark in each language, as files every page refers to. */
export const getStaticPaths = (() =>
  identifierNames.map(({ type, lang, name }) => ({ params: { name }, props: { type, lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ type: IdentifierType; lang: Lang }> = ({ props }) =>
  new Response(identifierSvg(props.type, props.lang), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
