/**
 * The binder as the pages see it: every collection of this edition's copy, loaded once per build
 * and shared by all pages (never re-read per page), with relations and meetings derived once.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../schemas/localized.ts';
import type { EntryCollection } from '../schemas/reference.ts';
import type { RedactionMarker } from '../schemas/redaction-marker.ts';
import { buildRelations, type Relations } from '../features/entries/relations.ts';
import { collectMeetings, type DatedMeeting } from '../features/calendar/meetings.ts';
import { firstDay } from '../schemas/partial-date.ts';
import { buildGlossary, type GlossarySource, type GlossaryTerm } from '../features/glossary/glossary.ts';
import { readEdition, type Edition } from '../redaction/edition.ts';

export type AnyEntry =
  | CollectionEntry<'forums'>
  | CollectionEntry<'stakeholders'>
  | CollectionEntry<'funding-programs'>
  | CollectionEntry<'notes'>;

export interface Store {
  edition: Edition;
  binder: CollectionEntry<'binder'>['data'];
  asOf: string;
  markers: Map<string, RedactionMarker>;
  forums: CollectionEntry<'forums'>[];
  stakeholders: CollectionEntry<'stakeholders'>[];
  programs: CollectionEntry<'funding-programs'>[];
  notes: CollectionEntry<'notes'>[];
  bodies: Map<string, CollectionEntry<'bodies'>>;
  register: CollectionEntry<'register'>['data'];
  relations: Relations;
  meetings: DatedMeeting[];
  /** The glossary of each language: acronyms of entries, the department, content/glossary.yaml. */
  glossary: Record<Lang, GlossaryTerm[]>;
  entry(collection: EntryCollection, id: string): AnyEntry | undefined;
  /** The redaction register's counts for one entry, if it has any. */
  redactionsOf(collection: EntryCollection, id: string): Record<string, number> | undefined;
}

let cached: Promise<Store> | undefined;

export function loadStore(): Promise<Store> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Store> {
  const [binders, markerEntries, forums, stakeholders, programs, notes, bodies, registers, glossaries] = await Promise.all([
    getCollection('binder'),
    getCollection('redaction-markers'),
    getCollection('forums'),
    getCollection('stakeholders'),
    getCollection('funding-programs'),
    getCollection('notes'),
    getCollection('bodies'),
    getCollection('register'),
    getCollection('glossary'),
  ]);
  const binder = binders[0]?.data;
  const register = registers[0]?.data;
  if (!binder || !register) throw new Error('The redacted copy has no binder.json or _register.json: run the build through npm run build.');
  const byName = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  const sortedNotes = [...notes].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const registerRows = new Map(register.rows.map((row) => [`${row.collection}/${row.id}`, row.counts]));
  const index = new Map<string, AnyEntry>();
  for (const e of [...forums, ...stakeholders, ...programs, ...notes]) index.set(`${e.collection}/${e.id}`, e);
  return {
    edition: readEdition(),
    binder,
    asOf: firstDay(binder.asOf),
    markers: new Map(markerEntries.map((m) => [m.id, m.data])),
    forums: byName(forums),
    stakeholders: byName(stakeholders),
    programs: byName(programs),
    notes: sortedNotes,
    bodies: new Map(bodies.map((b) => [b.id, b])),
    register,
    relations: buildRelations({ forums, programs, notes }),
    meetings: collectMeetings([
      ...forums.map((f) => ({ collection: 'forums' as const, id: f.id, meetings: f.data.meetings })),
      ...stakeholders.map((s) => ({ collection: 'stakeholders' as const, id: s.id, meetings: s.data.meetings })),
      ...notes.map((n) => ({ collection: 'notes' as const, id: n.id, meetings: n.data.meetings })),
    ]),
    entry: (collection, id) => index.get(`${collection}/${id}`),
    redactionsOf: (collection, id) => registerRows.get(`${collection}/${id}`),
    glossary: (() => {
      const source: GlossarySource = {
        binder,
        terms: glossaries[0]?.data.terms ?? [],
        entries: [...forums, ...stakeholders, ...programs].map((e) => ({ collection: e.collection, id: e.id, name: e.data.name, acronym: e.data.acronym })),
      };
      return { en: buildGlossary(source, 'en'), fr: buildGlossary(source, 'fr') };
    })(),
  };
}

/** The name readers know an entry by, in their language. */
export function entryName(entry: AnyEntry, lang: Lang): string {
  return 'title' in entry.data ? entry.data.title[lang] : entry.data.name[lang];
}

/** "Intergovernmental Consultations on Migration, Asylum and Refugees (IGC)". */
export function entryLongName(entry: AnyEntry, lang: Lang): string {
  const name = entryName(entry, lang);
  const acronym = 'acronym' in entry.data ? entry.data.acronym?.[lang] : undefined;
  return acronym && acronym !== name ? `${name} (${acronym})` : name;
}
