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
  en: 'migration policy forum cooperation partners capacity resettlement refugees border program funding ministers officials strategy engagement regional international protection integration research data agreement meeting delegation secretariat workshop priorities outcomes'.split(' '),
  fr: 'migration politique forum coopération partenaires capacités réinstallation réfugiés frontière programme financement ministres fonctionnaires stratégie engagement régional international protection intégration recherche données entente réunion délégation secrétariat atelier priorités résultats'.split(' '),
};
const markers = ['atia-13', 'atia-14', 'atia-15-1', 'atia-21-1-a', 'atia-19-1'];

export interface SyntheticCounts {
  stakeholders: number;
  forums: number;
  programs: number;
  notes: number;
  withheld: number;
}

export function writeSyntheticBinder(dir: string, pages: number, markerSource: string): SyntheticCounts {
  const rand = random(pages * 7919);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  // Real prose draws on thousands of words; a vocabulary of thirty would make any six-word run of a
  // withheld passage likely to appear by chance across two public elements, and the audit would
  // rightly report it. Mix the common words with made-up ones built from syllables.
  const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ber', 'dan', 'fel', 'gor', 'hin', 'jul', 'kem', 'lar', 'mon', 'nis', 'pra', 'quo', 'res', 'sul', 'tam', 'vex'];
  const word = (lang: 'en' | 'fr') =>
    rand() < 0.4 ? pick(words[lang]) : `${pick(syllables)}${pick(syllables)}${rand() < 0.6 ? pick(syllables) : ''}`;
  const sentence = (lang: 'en' | 'fr', n = 12) => {
    const text = Array.from({ length: n }, () => word(lang)).join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = (lang: 'en' | 'fr') => Array.from({ length: 4 }, () => sentence(lang, 10 + Math.floor(rand() * 10))).join(' ');
  const counts: SyntheticCounts = {
    stakeholders: Math.round(pages * 0.4),
    forums: Math.round(pages * 0.25),
    programs: Math.max(1, Math.round(pages * 0.1)),
    notes: 0,
    withheld: 0,
  };
  counts.notes = Math.max(1, pages - counts.stakeholders - counts.forums - counts.programs);
  fs.rmSync(dir, { recursive: true, force: true });
  for (const folder of ['redaction-markers', 'stakeholders', 'forums', 'funding-programs', 'notes']) fs.mkdirSync(path.join(dir, folder), { recursive: true });
  fs.cpSync(markerSource, path.join(dir, 'redaction-markers'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'binder.yaml'),
    `title: { en: "Synthetic binder of ${pages} entries", fr: "Cahier synthétique de ${pages} entrées" }\ndepartment: { en: "Department of Benchmarks", fr: "Ministère des Bancs d'essai" }\ndepartmentShort: { en: "DB", fr: "MBE" }\nminister: { en: "Minister of Benchmarks", fr: "ministre des Bancs d'essai" }\nasOf: "2019-09-30"\nsite: https://bench.example.gc.ca\n`,
  );
  const id = (prefix: string, i: number) => `${prefix}-${String(i).padStart(5, '0')}`;
  const withheld = (i: number) => i % 50 === 7; // 2% of entries
  // Both languages of an entry redact the same passages under the same marker (parity is checked).
  const body = (lang: 'en' | 'fr', i: number, refs: string[], m: string) => {
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
  };
  const localized = (en: string, fr: string) => `{ en: ${JSON.stringify(en)}, fr: ${JSON.stringify(fr)} }`;
  const summary = (i: number) =>
    i % 10 === 3
      ? `summary:\n  redact: ${pick(markers)}\n  value: ${localized(sentence('en'), sentence('fr'))}\n`
      : `summary: ${localized(sentence('en'), sentence('fr'))}\n`;
  const write = (collection: string, entryId: string, yaml: string, refs: string[], i: number) => {
    const hidden = withheld(i);
    if (hidden) counts.withheld++;
    fs.writeFileSync(path.join(dir, collection, `${entryId}.yaml`), `${hidden ? 'classification: protected-b\nredact: atia-15-1\n' : ''}${yaml}`);
    const m = pick(markers);
    fs.writeFileSync(path.join(dir, collection, `${entryId}.en.mdx`), body('en', i, refs, m));
    fs.writeFileSync(path.join(dir, collection, `${entryId}.fr.mdx`), body('fr', i, refs, m));
  };
  // Only entries that are never withheld are referenced, as editors must do.
  const stakeholderIds = Array.from({ length: counts.stakeholders }, (_, i) => id('org', i));
  const publicStakeholders = stakeholderIds.filter((_, i) => !withheld(i));
  for (let i = 0; i < counts.stakeholders; i++) {
    write('stakeholders', stakeholderIds[i]!, `name: ${localized(`Organization ${i}`, `Organisation ${i}`)}\nacronym: ${localized(`ORG${i}`, `ORG${i}`)}\nkind: ${pick(['international-organisation', 'ngo', 'think-tank', 'federal-department'])}\n${summary(i)}`, [`stakeholders/${pick(publicStakeholders)}`], i);
  }
  for (let i = 0; i < counts.forums; i++) {
    const members = Array.from({ length: 3 }, () => pick(publicStakeholders));
    const yaml =
      `name: ${localized(`Forum ${i}`, `Forum ${i}`)}\nacronym: ${localized(`F${i}`, `F${i}`)}\nestablished: ${1950 + (i % 70)}\n${summary(i)}` +
      `members: [${[...new Set(members)].join(', ')}]\n` +
      `meetings:\n  - title: ${localized(`Plenary ${i}`, `Plénière ${i}`)}\n    date: { start: "2019-${String(1 + (i % 12)).padStart(2, '0')}-10", end: "2019-${String(1 + (i % 12)).padStart(2, '0')}-11" }\n    location: ${localized('Geneva', 'Genève')}\n` +
      `nextSteps:\n  - ${localized(sentence('en'), sentence('fr'))}\n  - redact: ${pick(markers)}\n    value: ${localized(sentence('en'), sentence('fr'))}\n`;
    write('forums', id('forum', i), yaml, [`stakeholders/${pick(publicStakeholders)}`], i);
  }
  for (let i = 0; i < counts.programs; i++) {
    const yaml =
      `name: ${localized(`Program ${i}`, `Programme ${i}`)}\n${summary(i)}status: active\nenvelope: { amount: ${100000 * (1 + (i % 9))}, currency: CAD, period: per-year }\n` +
      `recipients:\n  - to: { stakeholder: ${pick(publicStakeholders)} }\n    purpose: ${localized('Projects', 'Projets')}\n    amount: { redact: atia-18, value: { amount: ${5000 * (1 + (i % 7))}, currency: CAD, period: one-time } }\n` +
      // Two redacted amounts under one envelope: neither can be worked out from the public ones (no inference warning).
      `  - to: { stakeholder: ${pick(publicStakeholders)} }\n    purpose: ${localized('Travel', 'Déplacements')}\n    amount: { redact: atia-18, value: { amount: ${3000 * (1 + (i % 5))}, currency: CAD, period: one-time } }\n`;
    write('funding-programs', id('program', i), yaml, [`stakeholders/${pick(publicStakeholders)}`], i);
  }
  for (let i = 0; i < counts.notes; i++) {
    const yaml = `title: ${localized(`Briefing note ${i}`, `Note d'information ${i}`)}\nkind: briefing-note\ndate: "2019-09-${String(1 + (i % 28)).padStart(2, '0')}"\norder: ${i}\n${summary(i)}stakeholders: [${pick(publicStakeholders)}]\n`;
    write('notes', id('note', i), yaml, [`stakeholders/${pick(publicStakeholders)}`], i);
  }
  return counts;
}
