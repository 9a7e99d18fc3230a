/**
 * The binder as the pages see it: every collection of this edition's copy, loaded once per build
 * and shared by all pages (never re-read per page). What features derive from it (relations,
 * meetings, the glossary) they derive once, in their own folders.
 */
import { getCollection, render, type CollectionEntry, type CollectionKey } from 'astro:content';
import type { EntryCollection } from '../schemas/reference.ts';
import type { RedactionMarker } from '../schemas/redaction-marker.ts';
import type { Classification } from '../schemas/classification.ts';
import { firstDay } from '../schemas/partial-date.ts';
import { readEdition, type Edition } from '../redaction/edition.ts';
import { editionClassification } from '../core/marking.ts';
import { useMarkerText } from '../core/literal-markers.ts';

export type AnyEntry =
  | CollectionEntry<'forums'>
  | CollectionEntry<'stakeholders'>
  | CollectionEntry<'funding-programs'>
  | CollectionEntry<'notes'>
  | CollectionEntry<'people'>;

export interface Store {
  edition: Edition;
  binder: CollectionEntry<'binder'>['data'];
  asOf: string;
  /**
   * The edition's highest classification (src/core/marking.ts): the marking of the printable
   * binder's cover and of every page that lists entries of several levels.
   */
  classification: Classification;
  markers: Map<string, RedactionMarker>;
  forums: CollectionEntry<'forums'>[];
  stakeholders: CollectionEntry<'stakeholders'>[];
  programs: CollectionEntry<'funding-programs'>[];
  notes: CollectionEntry<'notes'>[];
  /** People and positions, by id (features/people orders them by name in the reader's language). */
  people: CollectionEntry<'people'>[];
  bodies: Map<string, CollectionEntry<'bodies'>>;
  /** Statistics by id (content/statistics/), shown by <Stat id>. */
  statistics: Map<string, CollectionEntry<'statistics'>['data']>;
  /** Acts, regulations, conventions and agreements by id (content/legislation/), cited by <Cite act>. */
  legislation: Map<string, CollectionEntry<'legislation'>['data']>;
  register: CollectionEntry<'register'>['data'];
  /** The terms of content/glossary.yaml (the glossary feature adds entries' acronyms). */
  glossaryTerms: CollectionEntry<'glossary'>['data']['terms'];
  entry(collection: EntryCollection, id: string): AnyEntry | undefined;
  /** The redaction register's counts for one entry, if it has any. */
  redactionsOf(collection: EntryCollection, id: string): Record<string, number> | undefined;
}

let cached: Promise<Store> | undefined;

export function loadStore(): Promise<Store> {
  cached ??= load();
  return cached;
}

/**
 * The collections the copy holds something in, read; an empty one as no entries without asking
 * Astro, which warns of each empty collection it is asked for (a binder without people or
 * statistics would log three warnings at every save in the dev server).
 */
async function held(): Promise<<C extends CollectionKey>(name: C) => Promise<CollectionEntry<C>[]>> {
  const collections = new Set((await getCollection('register'))[0]?.data.collections);
  return (name) => (collections.has(name) ? getCollection(name) : Promise.resolve([]));
}

async function load(): Promise<Store> {
  const read = await held();
  const [binders, markerEntries, forums, stakeholders, programs, notes, people, bodies, registers, glossaries] = await Promise.all([
    getCollection('binder'),
    read('redaction-markers'),
    read('forums'),
    read('stakeholders'),
    read('funding-programs'),
    read('notes'),
    read('people'),
    read('bodies'),
    getCollection('register'),
    getCollection('glossary'),
  ]);
  const [statistics, legislation] = await Promise.all([read('statistics'), read('legislation')]);
  const binder = binders[0]?.data;
  const register = registers[0]?.data;
  if (!binder || !register) throw new Error('The redacted copy has no binder.json or _register.json: run the build through npm run build.');
  // The binder's own marker text ("[ * ]"), for every page that writes a marker (core/literal-markers.ts).
  useMarkerText(binder.publicMarker?.text);
  const byName = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
  const sortedNotes = [...notes].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
  const registerRows = new Map(register.rows.map((row) => [`${row.collection}/${row.id}`, row.counts]));
  const index = new Map<string, AnyEntry>();
  for (const e of [...forums, ...stakeholders, ...programs, ...notes, ...people]) index.set(`${e.collection}/${e.id}`, e);
  const edition = readEdition();
  return {
    edition,
    binder,
    asOf: firstDay(binder.asOf),
    classification: editionClassification(
      edition,
      binder.classification,
      [...index.values()].map((e) => e.data.classification),
    ),
    markers: new Map(markerEntries.map((m) => [m.id, m.data])),
    forums: byName(forums),
    stakeholders: byName(stakeholders),
    programs: byName(programs),
    notes: sortedNotes,
    people: byName(people),
    bodies: new Map(bodies.map((b) => [b.id, b])),
    statistics: new Map(statistics.map((s) => [s.id, s.data])),
    legislation: new Map(legislation.map((l) => [l.id, l.data])),
    register,
    entry: (collection, id) => index.get(`${collection}/${id}`),
    redactionsOf: (collection, id) => registerRows.get(`${collection}/${id}`),
    glossaryTerms: glossaries[0]?.data.terms ?? [],
  };
}

/** Renders one MDX body of this edition's copy (the store is the one reader of astro:content). */
export function renderBody(body: CollectionEntry<'bodies'>): ReturnType<typeof render> {
  return render(body);
}
