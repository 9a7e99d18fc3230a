/**
 * The audit's findings as log lines that are safe to publish: each names where the editor wrote
 * what leaked (source file and line) and an output file, once per place and kind of secret with
 * the number of output files, and never the secret: no needle text, no withheld entry's file
 * name, no output path segment that names a withheld entry (the scanner masks those as "…").
 */
import type { Needle } from './collect.ts';
import type { Hit } from './scan.ts';

const kinds: Record<Needle['kind'], string> = {
  passage: 'a redacted passage',
  field: 'a redacted field value',
  url: 'the address of a redacted link',
  'withheld-entry': 'text of a withheld entry',
  'withheld-id': 'the id of a withheld entry',
};

interface Group {
  place: string;
  kind: Needle['kind'];
  /** Output files found in (counted as they are, shown masked). */
  outputs: Map<string, string>;
  forms: Set<string>;
}

/** One line per (place, kind): `leak  content/x.en.mdx:7  the id of a withheld entry, in 3 output files (dist/en/…/index.html and 2 more) as URL, text`. */
export function formatHits(hits: readonly Hit[], outputDir: string): string[] {
  const groups = new Map<string, Group>();
  for (const hit of hits) {
    const key = `${hit.place}\u0000${hit.needle.kind}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { place: hit.place, kind: hit.needle.kind, outputs: new Map(), forms: new Set() }));
    group.outputs.set(hit.file, hit.output);
    group.forms.add(hit.form);
  }
  return [...groups.values()].map(({ place, kind, outputs, forms }) => {
    const [first] = [...outputs.values()].sort();
    const files = outputs.size === 1 ? '1 output file' : `${outputs.size} output files`;
    const more = outputs.size > 1 ? ` and ${outputs.size - 1} more` : '';
    return `${place}  ${kinds[kind]}, in ${files} (${outputDir}/${first}${more}) as ${[...forms].sort().join(', ')}`;
  });
}
