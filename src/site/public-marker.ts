/**
 * The notice a public page with redactions opens with, as binder.yaml `publicMarker` sets it: the
 * binder's own notice, else the standard notice written with the binder's marker text ("[ * ]
 * appears where…"), else the standard notice. The marker text itself is core's `markerTextOf`.
 */
import type { Lang } from '../schemas/localized.ts';
import type { Binder } from '../schemas/binder.ts';
import { markerText } from '../core/literal-markers.ts';
import { markingStrings } from './i18n/marking-strings.ts';

export function redactionNotice(binder: Pick<Binder, 'publicMarker'>, lang: Lang): string {
  const own = binder.publicMarker;
  if (own?.notice) return own.notice[lang];
  const standard = markingStrings[lang].redactionNotice;
  return own ? standard.replace(markerText[lang], own.text[lang]) : standard;
}
