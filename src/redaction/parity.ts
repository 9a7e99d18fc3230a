/**
 * English/French parity of an entry's bodies: both exist, neither is empty while the other has
 * prose, both redact the same markers in the same order, and neither shows what the other redacts.
 * Messages name files and places only, never text.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnostic } from '../diagnostics/report.ts';
import { languages, type Lang } from '../schemas/localized.ts';
import type { SourceFile } from './sources.ts';
import type { MdxFacts } from './mdx-source.ts';
import { checkTwinPassages } from './twin-passages.ts';

export interface TwinBodies {
  /** `content/forums`: where the bodies are, or would be. */
  folder: string;
  id: string;
  /** The bodies as read. */
  files: Partial<Record<Lang, SourceFile>>;
  /** Bodies that exist but could not be read (not UTF-8, binary): already reported. */
  unreadable: ReadonlySet<Lang | 'yaml'>;
  /** The bodies that were analysed without error. */
  analysed: Partial<Record<Lang, { source: SourceFile; facts: MdxFacts }>>;
}

export function checkParity(twins: TwinBodies, mode: 'build' | 'dev'): Diagnostic[] {
  const severity = mode === 'dev' ? 'warning' : 'error';
  const present = languages.filter((lang) => twins.files[lang] || twins.unreadable.has(lang));
  if (present.length === 0) return []; // A data-only entry is allowed: its page shows the facts.
  const path = (lang: Lang) => twins.files[lang]?.file ?? `${twins.folder}/${twins.id}.${lang}.mdx`;
  const diagnostics: Diagnostic[] = [];
  for (const lang of languages) {
    if (present.includes(lang)) continue;
    diagnostics.push(
      diagnostic(
        path(lang),
        undefined,
        'missing-translation',
        { problem: 'missing', file: path(lang), lang, twin: path(present[0]!) },
        severity,
      ),
    );
  }
  for (const lang of languages) {
    const other = lang === 'en' ? 'fr' : 'en';
    const [body, twin] = [twins.files[lang], twins.files[other]];
    if (body && twin && body.text.trim() === '' && twin.text.trim() !== '') {
      diagnostics.push(
        diagnostic(body.file, { line: 1, column: 1 }, 'missing-translation', { problem: 'empty', lang, twin: twin.file }, severity),
      );
    }
  }
  const { en, fr } = twins.analysed;
  // An empty twin is reported once, as missing: comparing its redactions would say it again.
  if (en && fr && diagnostics.length === 0) diagnostics.push(...checkMarkerOrder(en, fr, severity), ...checkTwinPassages(en, fr, severity));
  return diagnostics;
}

/** The same markers in the same order: marker ids are the registry's, never withheld text. */
function checkMarkerOrder(
  en: { source: SourceFile; facts: MdxFacts },
  fr: { source: SourceFile; facts: MdxFacts },
  severity: Diagnostic['severity'],
): Diagnostic[] {
  const [english, french] = [en.facts.markerSequence, fr.facts.markerSequence];
  if (english.join(' | ') === french.join(' | ')) return [];
  return [diagnostic(fr.source.file, undefined, 'translation-redactions-differ', { twin: en.source.file, english, french }, severity)];
}
