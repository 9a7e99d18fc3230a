/**
 * A deterministic synthetic binder of N entries in Binder's own content format, for the
 * benchmark: a realistic mix of organisations, forums, programs and notes, references between
 * them, redactions inline, in blocks and in frontmatter, some withheld entries, both languages.
 * The same N always gives the same files.
 */
import fs from 'node:fs';
import path from 'node:path';

/** A small seeded generator (mulberry32), so every run writes the same binder. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = {
  en: 'migration policy forum cooperation partners capacity resettlement refugees border program funding ministers officials strategy engagement regional international protection integration research data agreement meeting delegation secretariat workshop priorities outcomes'.split(
    ' ',
  ),
  fr: 'migration politique forum coopération partenaires capacités réinstallation réfugiés frontière programme financement ministres fonctionnaires stratégie engagement régional international protection intégration recherche données entente réunion délégation secrétariat atelier priorités résultats'.split(
    ' ',
  ),
};
const markers = ['atia-13', 'atia-14', 'atia-15-1', 'atia-21-1-a', 'atia-19-1'];

export interface SyntheticCounts {
  stakeholders: number;
  forums: number;
  programs: number;
  notes: number;
  withheld: number;
}

/** Words, sentences and paragraphs drawn from one seeded generator: the order of draws is the binder. */
function prose(rand: () => number) {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  // Real prose draws on thousands of words; a vocabulary of thirty would make any six-word run of a
  // withheld passage likely to appear by chance across two public elements, and the audit would
  // rightly report it. Mix the common words with made-up ones built from syllables.
  const syllables = [
    'ka',
    'lo',
    'mi',
    'ne',
    'ru',
    'sa',
    'ti',
    'vo',
    'ber',
    'dan',
    'fel',
    'gor',
    'hin',
    'jul',
    'kem',
    'lar',
    'mon',
    'nis',
    'pra',
    'quo',
    'res',
    'sul',
    'tam',
    'vex',
  ];
  const word = (lang: 'en' | 'fr') =>
    rand() < 0.4 ? pick(words[lang]) : `${pick(syllables)}${pick(syllables)}${rand() < 0.6 ? pick(syllables) : ''}`;
  const sentence = (lang: 'en' | 'fr', n = 12) => {
    const text = Array.from({ length: n }, () => word(lang)).join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (lang: 'en' | 'fr') => Array.from({ length: 4 }, () => sentence(lang, 10 + Math.floor(rand() * 10))).join(' ');
  return { pick, sentence, paragraph };
}

type Prose = ReturnType<typeof prose>;

/** An entry's MDX body. Both languages redact the same passages under the same marker (parity is checked). */
function body({ pick, sentence, paragraph }: Prose, lang: 'en' | 'fr', i: number, refs: string[], m: string): string {
  const lines = [
    `## ${lang === 'en' ? 'Overview' : 'Aperçu'}`,
    '',
    `${paragraph(lang)} <Redact marker="${m}">${sentence(lang)}</Redact> ${sentence(lang)}`,
    '',
    `${lang === 'en' ? 'See' : 'Voir'} <Ref to="${refs[0]}" />.`,
    '',
    `## ${lang === 'en' ? 'Engagement' : 'Collaboration'}`,
    '',
    paragraph(lang),
    '',
    `- ${sentence(lang, 8)}`,
    `- ${sentence(lang, 8)}`,
    `- ${sentence(lang, 8)}`,
    '',
    '| A | B |',
    '| --- | --- |',
    `| ${pick(words[lang])} | ${i} |`,
    '',
  ];
  if (i % 3 === 0) lines.push(`<Redact marker="${m}">`, '', `### ${sentence(lang, 4)}`, '', paragraph(lang), '', '</Redact>', '');
  lines.push(paragraph(lang), '');
  return lines.join('\n');
}

const localized = (en: string, fr: string) => `{ en: ${JSON.stringify(en)}, fr: ${JSON.stringify(fr)} }`;
const day = (i: number, days: number) => String(1 + (i % days)).padStart(2, '0');

function summary({ pick, sentence }: Prose, i: number): string {
  return i % 10 === 3
    ? `summary:\n  redact: ${pick(markers)}\n  value: ${localized(sentence('en'), sentence('fr'))}\n`
    : `summary: ${localized(sentence('en'), sentence('fr'))}\n`;
}

/** Each collection's YAML for entry `i`; `publics` are the stakeholders that are never withheld. */
const yamlOf = {
  stakeholders: (g: Prose, i: number) =>
    `name: ${localized(`Organization ${i}`, `Organisation ${i}`)}\nacronym: ${localized(`ORG${i}`, `ORG${i}`)}\nkind: ${g.pick(['international-organisation', 'ngo', 'think-tank', 'federal-department'])}\n${summary(g, i)}`,
  forums: (g: Prose, i: number, publics: string[]) => {
    const members = Array.from({ length: 3 }, () => g.pick(publics));
    return (
      `name: ${localized(`Forum ${i}`, `Forum ${i}`)}\nacronym: ${localized(`F${i}`, `F${i}`)}\nestablished: ${1950 + (i % 70)}\n${summary(g, i)}` +
      `members: [${[...new Set(members)].join(', ')}]\n` +
      `meetings:\n  - title: ${localized(`Plenary ${i}`, `Plénière ${i}`)}\n    date: { start: "2019-${day(i, 12)}-10", end: "2019-${day(i, 12)}-11" }\n    location: ${localized('Geneva', 'Genève')}\n` +
      `nextSteps:\n  - ${localized(g.sentence('en'), g.sentence('fr'))}\n  - redact: ${g.pick(markers)}\n    value: ${localized(g.sentence('en'), g.sentence('fr'))}\n`
    );
  },
  'funding-programs': (g: Prose, i: number, publics: string[]) =>
    `name: ${localized(`Program ${i}`, `Programme ${i}`)}\n${summary(g, i)}status: active\nenvelope: { amount: ${100000 * (1 + (i % 9))}, currency: CAD, period: per-year }\n` +
    `recipients:\n  - to: { stakeholder: ${g.pick(publics)} }\n    purpose: ${localized('Projects', 'Projets')}\n    amount: { redact: atia-18, value: { amount: ${5000 * (1 + (i % 7))}, currency: CAD, period: one-time } }\n` +
    // Two redacted amounts under one envelope: neither can be worked out from the public ones (no inference warning).
    `  - to: { stakeholder: ${g.pick(publics)} }\n    purpose: ${localized('Travel', 'Déplacements')}\n    amount: { redact: atia-18, value: { amount: ${3000 * (1 + (i % 5))}, currency: CAD, period: one-time } }\n`,
  notes: (g: Prose, i: number, publics: string[]) =>
    // "No." keeps a title from reading as a kind and a date on the notes index ("Note
    // d’information 7 septembre 2019"), which the audit would rightly take for the title of a
    // withheld note.
    `title: ${localized(`Briefing note no. ${i}`, `Note d'information no ${i}`)}\nkind: briefing-note\ndate: "2019-09-${day(i, 28)}"\norder: ${i}\n${summary(g, i)}stakeholders: [${g.pick(publics)}]\n`,
};

/** How many entries of each collection a binder of `pages` entries has. */
function countsFor(pages: number): SyntheticCounts {
  const counts = {
    stakeholders: Math.round(pages * 0.4),
    forums: Math.round(pages * 0.25),
    programs: Math.max(1, Math.round(pages * 0.1)),
    notes: 0,
    withheld: 0,
  };
  counts.notes = Math.max(1, pages - counts.stakeholders - counts.forums - counts.programs);
  return counts;
}

function writeBinderFile(dir: string, pages: number): void {
  fs.writeFileSync(
    path.join(dir, 'binder.yaml'),
    `title: { en: "Synthetic binder of ${pages} entries", fr: "Cahier synthétique de ${pages} entrées" }\ndepartment: { en: "Department of Benchmarks", fr: "Ministère des Bancs d'essai" }\ndepartmentShort: { en: "DB", fr: "MBE" }\nminister: { en: "Minister of Benchmarks", fr: "ministre des Bancs d'essai" }\nasOf: "2019-09-30"\nsite: https://bench.example.gc.ca\n`,
  );
}

export function writeSyntheticBinder(dir: string, pages: number, markerSource: string): SyntheticCounts {
  const g = prose(random(pages * 7919));
  const counts = countsFor(pages);
  fs.rmSync(dir, { recursive: true, force: true });
  for (const folder of ['redaction-markers', 'stakeholders', 'forums', 'funding-programs', 'notes'])
    fs.mkdirSync(path.join(dir, folder), { recursive: true });
  fs.cpSync(markerSource, path.join(dir, 'redaction-markers'), { recursive: true });
  writeBinderFile(dir, pages);
  const id = (prefix: string, i: number) => `${prefix}-${String(i).padStart(5, '0')}`;
  const withheld = (i: number) => i % 50 === 7; // 2% of entries
  // Only entries that are never withheld are referenced, as editors must do.
  const publics = Array.from({ length: counts.stakeholders }, (_, i) => id('org', i)).filter((_, i) => !withheld(i));
  const collections = [
    ['stakeholders', 'org', counts.stakeholders],
    ['forums', 'forum', counts.forums],
    ['funding-programs', 'program', counts.programs],
    ['notes', 'note', counts.notes],
  ] as const;
  for (const [collection, prefix, count] of collections) {
    for (let i = 0; i < count; i++) {
      // The order of draws is the binder's: its YAML, the reference, the marker, then the bodies.
      const yaml = yamlOf[collection](g, i, publics);
      const refs = [`stakeholders/${g.pick(publics)}`];
      const hidden = withheld(i);
      if (hidden) counts.withheld++;
      const file = (suffix: string) => path.join(dir, collection, `${id(prefix, i)}${suffix}`);
      fs.writeFileSync(file('.yaml'), `${hidden ? 'classification: protected-b\nredact: atia-15-1\n' : ''}${yaml}`);
      const m = g.pick(markers);
      fs.writeFileSync(file('.en.mdx'), body(g, 'en', i, refs, m));
      fs.writeFileSync(file('.fr.mdx'), body(g, 'fr', i, refs, m));
    }
  }
  return counts;
}
