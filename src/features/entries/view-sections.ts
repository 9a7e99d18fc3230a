/**
 * The titled sections an entry's view draws around its MDX body, in the order the view draws
 * them (ForumView, StakeholderView, ProgramView, NoteView): the page's "On this page" list links
 * to them, and the view gives each one the id the list links to. Each is named by the label of
 * its heading (entries/strings.ts), so its id comes from interface text, never from content.
 * tests/build/contents.test.ts checks every link of the list lands on an element of the page.
 */
import type { AnyEntry, Store } from '../../site/store.ts';
import type { EntryStrings } from './strings.ts';
import { relationsOf } from './relations.ts';

export type ViewSection = keyof EntryStrings['fields'];

export interface ViewSections {
  /** Sections drawn before the body. */
  before: ViewSection[];
  /** Sections drawn after the body. */
  after: ViewSection[];
}

/** The sections the view of `entry` draws, as the view decides whether to draw each. */
export function viewSections(entry: AnyEntry, store: Store): ViewSections {
  const key = `${entry.collection}/${entry.id}`;
  const relations = relationsOf(store);
  const receives = (relations.fundedBy.get(key)?.length ?? 0) > 0;
  const relatedNotes = (relations.notesAbout.get(key) ?? []).some((id) => store.entry('notes', id) !== undefined);
  const when = (pairs: [ViewSection, boolean][]) => pairs.filter(([, shown]) => shown).map(([section]) => section);
  switch (entry.collection) {
    case 'forums': {
      const d = entry.data;
      return {
        before: [],
        after: when([
          ['representation', d.representation.length > 0],
          ['meetings', d.meetings.length > 0],
          ['workingGroups', d.workingGroups.length > 0],
          ['nextSteps', d.nextSteps.length > 0],
          ['receives', receives],
          ['relatedNotes', relatedNotes],
        ]),
      };
    }
    case 'stakeholders': {
      const d = entry.data;
      return {
        before: when([['engagement', Boolean(d.engagement)]]),
        after: when([
          ['meetings', d.meetings.length > 0],
          ['nextSteps', d.nextSteps.length > 0],
          ['receives', receives],
          ['relatedNotes', relatedNotes],
        ]),
      };
    }
    case 'funding-programs': {
      const d = entry.data;
      return {
        before: [],
        after: when([
          ['allocations', d.allocations.length > 0],
          ['recipients', d.recipients.length > 0],
          ['relatedNotes', relatedNotes],
        ]),
      };
    }
    case 'notes':
      return { before: [], after: noteSections(entry.data) };
    case 'people':
      return { before: [], after: [] };
  }
}

/**
 * A committee appearance's officials and deliverables, drawn after its body
 * (features/note-kinds/AppearanceSections.astro): the facts give the when and where at the top,
 * and the key messages stay near the first screen of a phone.
 */
function noteSections(d: Extract<AnyEntry, { collection: 'notes' }>['data']): ViewSection[] {
  const shown: [ViewSection, boolean][] = [
    ['officials', (d.officials?.length ?? 0) > 0],
    ['deliverables', (d.deliverables?.length ?? 0) > 0],
    ['meetings', d.meetings.length > 0],
    ['related', [...d.forums, ...d.stakeholders, ...d.programs].length > 0],
  ];
  return shown.filter(([, on]) => on).map(([section]) => section);
}
