/**
 * The import direction of ARCHITECTURE.md, enforced (as Starlight's no-barrel-imports test does):
 * data flows one way, from the editors' sources to dist/, and so do imports. This test is the
 * authority: ARCHITECTURE.md describes it, and a change of layering changes the table below.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

/**
 * The stages of src/ in data-flow order. A file may import from its own stage and from earlier
 * ones, never from a later one.
 */
const stages = ['schemas', 'core', 'diagnostics', 'redaction', 'site', 'features', 'integration', 'pages'] as const;

/** Folders outside the flow, and what each may import. */
const sideFolders: Record<string, { may: readonly string[]; why: string }> = {
  // The audit re-reads the sources on its own: a bug in the redact pass or in rendering must not
  // be able to hide a leak from it. Strings (marker words, and every interface string, which is
  // public by nature: the shared ones in site/i18n/, each feature's in its strings.ts) and pure helpers only.
  audit: {
    may: ['audit', 'schemas', 'core', 'diagnostics', 'site/i18n', 'features/strings'],
    why: 'the audit is independent of the redact pass and of rendering',
  },
  // The pipeline, the scaffold and the tools run stages; nothing runs them but scripts/.
  build: {
    may: ['core', 'schemas', 'diagnostics', 'redaction', 'site', 'features', 'integration', 'audit', 'build', 'tooling'],
    why: 'build runs the stages',
  },
  tooling: {
    may: ['core', 'schemas', 'diagnostics', 'redaction', 'site', 'features', 'audit', 'build', 'tooling'],
    why: 'tools run the stages',
  },
  guides: { may: [], why: 'guides are text' },
};

/** The redact pass's public surface: everything else in src/redaction/ is its own business. */
const redactionEntryPoints = new Set(['edition.ts', 'prepare.ts', 'load.ts', 'inference.ts', 'pii.ts', 'placeholders.ts']);

export interface Violation {
  file: string;
  imports: string;
  rule: string;
}

/** The place of a file in the layering: `features`, `site/i18n`, `pages`, `scripts`, … */
function placeOf(rel: string): string | undefined {
  if (rel.startsWith('scripts/') || rel.startsWith('tests/') || !rel.includes('/')) return undefined; // Entry points and root configs may import anything.
  const [top, area, second] = rel.split('/');
  if (top !== 'src' || !area) return undefined;
  if (area === 'content.config.ts') return 'site';
  if (area === 'site' && second === 'i18n') return 'site/i18n';
  if (area === 'features' && rel.endsWith('/strings.ts')) return 'features/strings';
  return area;
}

function stageOf(place: string): string {
  return place === 'site/i18n' ? 'site' : place === 'features/strings' ? 'features' : place;
}

const importPattern =
  /(?:^|[^\w.])(?:import|export)\s*(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/**
 * Every module specifier a source file names (static, dynamic and re-exports; .astro frontmatter
 * included), with whether it is a type-only import. Template literals are left out: the
 * benchmark writes another project's sources as text.
 */
export function imports(text: string): { spec: string; typeOnly: boolean }[] {
  const code = text.replace(/`(?:\\[\s\S]|[^`\\])*`/g, '``');
  return [...code.matchAll(importPattern)].map((m) => ({ spec: m[1] ?? m[2]!, typeOnly: /^\W?(?:import|export)\s+type\s/.test(m[0]) }));
}

export function specifiers(text: string): string[] {
  return imports(text).map((i) => i.spec);
}

/** The violations of the layering among `files` (project-relative path → text). */
export function violations(files: Map<string, string>): Violation[] {
  const found: Violation[] = [];
  for (const [file, text] of files) {
    const from = placeOf(file);
    for (const { spec, typeOnly } of imports(text)) {
      // Astro's collection types may be named anywhere; reading collections is the store's alone.
      if (spec === 'astro:content' && !typeOnly && file !== 'src/site/store.ts' && file !== 'src/content.config.ts') {
        found.push({ file, imports: spec, rule: 'only the site store (src/site/store.ts) reads astro:content' });
      }
      if (from === 'audit' && (spec === 'astro' || spec.startsWith('astro:') || spec.endsWith('.astro'))) {
        found.push({ file, imports: spec, rule: 'the audit imports no render code' });
      }
      if (!spec.startsWith('.')) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      const to = placeOf(target);
      if (!to) continue;
      // The audit reads every feature's strings.ts: through one, it must not reach render code.
      if (from === 'features/strings' && !typeOnly && !['schemas', 'core', 'site/i18n', 'features/strings'].includes(to)) {
        found.push({
          file,
          imports: target,
          rule: "a feature's strings.ts imports values only from schemas, core and other strings: the audit reads it",
        });
      }
      if (to === 'redaction' && from !== 'redaction' && !redactionEntryPoints.has(path.posix.basename(target))) {
        found.push({
          file,
          imports: target,
          rule: `outside src/redaction/, only its entry points (${[...redactionEntryPoints].join(', ')}) may be imported`,
        });
      }
      if (!from || from === to) continue;
      const side = sideFolders[from] ?? sideFolders[stageOf(from)];
      if (side) {
        if (!side.may.includes(to) && !side.may.includes(stageOf(to)))
          found.push({ file, imports: target, rule: `${from}/ may import only ${side.may.join(', ') || 'nothing'}: ${side.why}` });
        continue;
      }
      const a = stages.indexOf(stageOf(from) as (typeof stages)[number]);
      const b = stages.indexOf(stageOf(to) as (typeof stages)[number]);
      if (b < 0) found.push({ file, imports: target, rule: `the stages (${stages.join(' → ')}) do not import ${to}/` });
      else if (b > a)
        found.push({
          file,
          imports: target,
          rule: `${stageOf(from)} comes before ${stageOf(to)} in the data flow (${stages.join(' → ')}): imports run one way`,
        });
    }
  }
  return found;
}

function projectSources(): Map<string, string> {
  const files = new Map<string, string>();
  for (const dir of ['src', 'scripts']) {
    for (const d of fs.readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })) {
      if (!d.isFile() || !/\.(ts|mjs|astro)$/.test(d.name) || d.name.endsWith('.test.ts')) continue;
      const absolute = path.join(d.parentPath, d.name);
      files.set(path.relative(root, absolute).split(path.sep).join('/'), fs.readFileSync(absolute, 'utf8'));
    }
  }
  return files;
}

describe('layers', () => {
  it('every import runs with the data flow', () => {
    const sources = projectSources();
    expect(sources.size).toBeGreaterThan(100);
    expect(violations(sources)).toEqual([]);
  });

  it('every folder of src/ has a place in the layering', () => {
    const folders = fs
      .readdirSync(path.join(root, 'src'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    const placed = new Set<string>([...stages, ...Object.keys(sideFolders)]);
    expect(folders.filter((f) => !placed.has(f))).toEqual([]);
  });

  it('finds an import that runs against the flow', () => {
    const backward = new Map([
      ['src/schemas/forum.ts', "import { store } from '../site/store.ts';"],
      ['src/site/Layout.astro', "---\nimport Map from '../features/map/MapPage.astro';\n---"],
      ['src/audit/scan.ts', "import { redactBinder } from '../redaction/redact.ts';\nimport Page from '../site/Layout.astro';"],
      ['src/features/map/map.ts', "const store = await import('astro:content');"],
      ['src/features/calendar/calendar.ts', "export { unspecifiedMarker } from '../../redaction/redact.ts';"],
      [
        'src/audit/words.ts',
        "import { mapStrings } from '../features/map/strings.ts';\nimport { mapGraph } from '../features/map/relationship-map.ts';",
      ],
      [
        'src/features/map/strings.ts',
        "import type { MapGraph } from './relationship-map.ts';\nimport { loadStore } from '../../site/store.ts';",
      ],
    ]);
    expect(violations(backward).map((v) => `${v.file} → ${v.imports}: ${v.rule.split(/[:(]/)[0]!.trim()}`)).toEqual([
      'src/schemas/forum.ts → src/site/store.ts: schemas comes before site in the data flow',
      'src/site/Layout.astro → src/features/map/MapPage.astro: site comes before features in the data flow',
      'src/audit/scan.ts → src/redaction/redact.ts: outside src/redaction/, only its entry points',
      'src/audit/scan.ts → src/redaction/redact.ts: audit/ may import only audit, schemas, core, diagnostics, site/i18n, features/strings',
      'src/audit/scan.ts → ../site/Layout.astro: the audit imports no render code',
      'src/audit/scan.ts → src/site/Layout.astro: audit/ may import only audit, schemas, core, diagnostics, site/i18n, features/strings',
      'src/features/map/map.ts → astro:content: only the site store',
      'src/features/calendar/calendar.ts → src/redaction/redact.ts: outside src/redaction/, only its entry points',
      'src/audit/words.ts → src/features/map/relationship-map.ts: audit/ may import only audit, schemas, core, diagnostics, site/i18n, features/strings',
      "src/features/map/strings.ts → src/site/store.ts: a feature's strings.ts imports values only from schemas, core and other strings",
    ]);
  });

  it("lets any file name the types of Astro's collections", () => {
    expect(
      violations(new Map([['src/features/entries/ForumView.astro', "---\nimport type { CollectionEntry } from 'astro:content';\n---"]])),
    ).toEqual([]);
  });

  it('reads every form of import', () => {
    expect(
      specifiers(
        "import a from './a.ts';\nimport type { B } from './b.ts';\nexport { c } from './c.ts';\nimport './d.css';\nconst e = await import('./e.ts');\nimport {\n  f,\n  g,\n} from './fg.ts';",
      ),
    ).toEqual(['./a.ts', './b.ts', './c.ts', './d.css', './e.ts', './fg.ts']);
  });
});
