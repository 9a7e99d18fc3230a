/**
 * The binder's two languages. The shared interface strings are tables in both languages, by area:
 * site-strings.ts (the page shell, sections, pages) and marking-strings.ts (redaction and security
 * markings); each feature keeps its own in its folder (src/features/<feature>/strings.ts).
 */
import type { Lang } from '../../schemas/localized.ts';

export const otherLang = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');
