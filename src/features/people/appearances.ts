/**
 * Where each person appears, derived from the references editors wrote once: forums'
 * representation, meetings' attendees, key contacts, any other field that points to a person
 * (notes' prepared by, approved by, a letter's signatories: read generically, so a new field
 * that holds people references is listed without a change here), and <Person> in bodies.
 * Pure over loaded entries; computed once per store.
 */
import type { EntryCollection } from '../../schemas/reference.ts';
import type { Store } from '../../site/store.ts';

/** What a page does with the person. */
export type AppearanceRole = 'representation' | 'attendee' | 'contact' | 'mention';

export interface Appearance {
  collection: EntryCollection;
  id: string;
  role: AppearanceRole;
}

interface Source {
  collection: EntryCollection;
  id: string;
  data: unknown;
}

const isPersonRef = (v: unknown): v is { collection: 'people'; id: string } =>
  !!v && typeof v === 'object' && (v as { collection?: unknown }).collection === 'people' && typeof (v as { id?: unknown }).id === 'string';

function roleOf(path: readonly string[]): AppearanceRole {
  if (path.includes('representation')) return 'representation';
  if (path.includes('attendees')) return 'attendee';
  if (path.at(-1) === 'contacts') return 'contact';
  return 'mention';
}

/** Every person reference in an entry's data, with the path of the field that holds it. */
export function personRefs(data: unknown, path: string[] = []): { id: string; role: AppearanceRole }[] {
  if (isPersonRef(data)) return [{ id: data.id, role: roleOf(path) }];
  if (Array.isArray(data)) return data.flatMap((item) => personRefs(item, path));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([key, value]) => personRefs(value, [...path, key]));
  return [];
}

/** Person id → the pages that name them, each page and role once, in the order of the sources. */
export function buildAppearances(
  sources: Source[],
  bodies: { collection: EntryCollection; id: string; people: readonly string[] }[],
): Map<string, Appearance[]> {
  const out = new Map<string, Appearance[]>();
  const seen = new Set<string>();
  const add = (person: string, a: Appearance) => {
    if (a.collection === 'people' && a.id === person) return;
    const key = `${person}|${a.collection}/${a.id}|${a.role}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.set(person, [...(out.get(person) ?? []), a]);
  };
  for (const s of sources) for (const ref of personRefs(s.data)) add(ref.id, { collection: s.collection, id: s.id, role: ref.role });
  for (const b of bodies) for (const id of b.people) add(id, { collection: b.collection, id: b.id, role: 'mention' });
  return out;
}

const cache = new WeakMap<Store, Map<string, Appearance[]>>();

/** The appearances of every person in this edition's store. */
export function appearancesOf(store: Store): Map<string, Appearance[]> {
  let found = cache.get(store);
  if (!found) {
    const entries = [...store.forums, ...store.stakeholders, ...store.programs, ...store.notes, ...store.people];
    const bodies = [...store.bodies.values()].map((b) => {
      const [collection, rest] = b.id.split('/') as [EntryCollection, string];
      return { collection, id: rest.replace(/\.(en|fr)$/, ''), people: b.data.people };
    });
    found = buildAppearances(entries, bodies);
    cache.set(store, found);
  }
  return found;
}
