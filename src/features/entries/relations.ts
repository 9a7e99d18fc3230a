/**
 * Relations between entries, derived from the references editors wrote once and followed both
 * ways: the forums an organisation belongs to, the funding it receives, the notes about it.
 * Pure functions over loaded entries; computed once per build (see store.ts).
 */
import type { Forum } from '../../schemas/forum.ts';
import type { FundingProgram } from '../../schemas/funding-program.ts';
import type { Note } from '../../schemas/note.ts';
import type { EntryCollection, EntryRef } from '../../schemas/reference.ts';
import { isRedacted } from '../../schemas/redacted.ts';
import type { Store } from '../../site/store.ts';

export interface Loaded<T> {
  id: string;
  data: T;
}

export interface FundingLink {
  program: string;
  recipient: number;
}

export interface Relations {
  /** Organisation id → forums it is a member of. */
  memberOf: Map<string, string[]>;
  /** `collection/id` of a forum or organisation → the program recipient rows that fund it. */
  fundedBy: Map<string, FundingLink[]>;
  /** `collection/id` → notes that name it. */
  notesAbout: Map<string, string[]>;
  /** Program id → programs whose parent it is. */
  children: Map<string, string[]>;
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

const asRef = (value: unknown): EntryRef | undefined => (isRedacted(value) ? undefined : (value as EntryRef | undefined));

export function buildRelations(input: { forums: Loaded<Forum>[]; programs: Loaded<FundingProgram>[]; notes: Loaded<Note>[] }): Relations {
  const relations: Relations = { memberOf: new Map(), fundedBy: new Map(), notesAbout: new Map(), children: new Map() };
  for (const forum of input.forums) {
    for (const member of forum.data.members) {
      const ref = asRef(member);
      if (ref) push(relations.memberOf, ref.id, forum.id);
    }
  }
  for (const program of input.programs) {
    const parent = asRef(program.data.parent);
    if (parent) push(relations.children, parent.id, program.id);
    program.data.recipients.forEach((recipient, index) => {
      const ref = asRef(recipient.to);
      // A recipient group (`{ group }`) is no entry: nothing to relate.
      if (ref?.collection) push(relations.fundedBy, `${ref.collection}/${ref.id}`, { program: program.id, recipient: index });
    });
  }
  for (const note of input.notes) {
    const named: [EntryCollection, unknown[]][] = [
      ['forums', note.data.forums],
      ['stakeholders', note.data.stakeholders],
      ['funding-programs', note.data.programs],
    ];
    for (const [, refs] of named) {
      for (const value of refs) {
        const ref = asRef(value);
        if (ref) push(relations.notesAbout, `${ref.collection}/${ref.id}`, note.id);
      }
    }
  }
  return relations;
}

const relationsCache = new WeakMap<Store, Relations>();
/** The relations of this build's binder, derived once (entries in id order, as the loader gave them). */
export function relationsOf(store: Store): Relations {
  let relations = relationsCache.get(store);
  if (!relations)
    relationsCache.set(
      store,
      (relations = buildRelations({
        forums: store.forums,
        programs: store.programs,
        notes: [...store.notes].sort((a, b) => a.id.localeCompare(b.id)),
      })),
    );
  return relations;
}
