/**
 * The Government of Canada's identifiers (Federal Identity Program) as files of their own: the
 * signature for the header and the Canada wordmark for the footer, from the GC Design System's
 * artwork (@gcds-core/components). Each page refers to them with an <img>, so a reader's browser
 * fetches them once for the whole binder, instead of every page carrying 14 KB of paths (issue 15:
 * HTML per content page). The artwork's paths carry classes and no colours: each file gets its
 * colours in a <style> of its own, with the white variant of the signature's text in the dark
 * scheme (an SVG image follows the reader's colour scheme as the page does).
 */
import type { Lang } from '../schemas/localized.ts';
import signatureEn from '@gcds-core/components/dist/collection/components/gcds-signature/assets/sig-blk-en.svg?raw';
import signatureFr from '@gcds-core/components/dist/collection/components/gcds-signature/assets/sig-blk-fr.svg?raw';
import wordmarkEn from '@gcds-core/components/dist/collection/components/gcds-signature/assets/wmms-spl-en.svg?raw';
import wordmarkFr from '@gcds-core/components/dist/collection/components/gcds-signature/assets/wmms-spl-fr.svg?raw';

export type IdentifierType = 'signature' | 'wordmark';

/** Each identifier's artwork per language, as the GC Design System ships it. */
const artwork: Record<IdentifierType, Record<Lang, string>> = {
  signature: { en: signatureEn, fr: signatureFr },
  wordmark: { en: wordmarkEn, fr: wordmarkFr },
};

/**
 * The GC tokens' colours (--gcds-signature-color-flag #eb2d37, --gcds-signature-color-text
 * #000000); white text on the dark page (src/site/styles/theme.css), black on paper.
 */
const colours =
  '<style>.fip_flag{fill:#eb2d37}.fip_text{fill:#000}' + '@media screen and (prefers-color-scheme:dark){.fip_text{fill:#fff}}</style>';

/** The file names of the identifiers, one per type and language: `signature-en`, `wordmark-fr`. */
export const identifierNames = (Object.keys(artwork) as IdentifierType[]).flatMap((type) =>
  (['en', 'fr'] as const).map((lang) => ({ type, lang, name: `${type}-${lang}` })),
);

/** The SVG file of one identifier: the artwork with its colours inside. */
export function identifierSvg(type: IdentifierType, lang: Lang): string {
  const svg = artwork[type][lang];
  const open = svg.indexOf('>', svg.indexOf('<svg'));
  if (open < 0) throw new Error(`The ${type} artwork of @gcds-core/components has no <svg> element.`);
  return `${svg.slice(0, open + 1)}${colours}${svg.slice(open + 1)}`;
}

/** The width and height the viewBox gives, so the page keeps the image's place while it loads. */
export function identifierSize(type: IdentifierType, lang: Lang): { width: number; height: number } {
  const box = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(artwork[type][lang]);
  if (!box) throw new Error(`The ${type} artwork of @gcds-core/components has no viewBox.`);
  return { width: Number(box[1]), height: Number(box[2]) };
}

/** The artwork's own name for itself (its <title>): the image's text alternative. */
export function identifierTitle(type: IdentifierType, lang: Lang): string {
  const title = /<title[^>]*>([^<]+)<\/title>/.exec(artwork[type][lang]);
  if (!title) throw new Error(`The ${type} artwork of @gcds-core/components has no <title>.`);
  return title[1]!.trim();
}
