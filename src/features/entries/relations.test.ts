import { describe, expect, it } from 'vitest';
import { buildRelations, type Loaded } from './relations.ts';
import type { Forum } from '../../schemas/forum.ts';
import type { FundingProgram } from '../../schemas/funding-program.ts';
import type { Note } from '../../schemas/note.ts';
import type { EntryCollection, EntryRef } from '../../schemas/reference.ts';

const text = { en: 'Text', fr: 'Texte' };
const to = <C extends EntryCollection>(collection: C, id: string): EntryRef<C> => ({ collection, id });
const withheld = { redacted: ['atia-15-1'] };

const forum = (id: string, data: Partial<Forum>): Loaded<Forum> => ({
  id,
  data: {
    classification: 'unclassified',
    summary: text,
    tags: [],
    name: text,
    members: [],
    canadaRoles: [],
    representation: [],
    meetings: [],
    workingGroups: [],
    nextSteps: [],
    ...data,
  },
});

const program = (id: string, data: Partial<FundingProgram>): Loaded<FundingProgram> => ({
  id,
  data: {
    classification: 'unclassified',
    summary: text,
    tags: [],
    name: text,
    formerNames: [],
    allocations: [],
    recipients: [],
    status: 'active',
    ...data,
  },
});

const recipient = (ref: FundingProgram['recipients'][number]['to']): FundingProgram['recipients'][number] => ({ to: ref, purpose: text });

const note = (id: string, data: Partial<Note>): Loaded<Note> => ({
  id,
  data: {
    classification: 'unclassified',
    summary: text,
    tags: [],
    title: text,
    kind: 'briefing-note',
    date: { precision: 'year', year: 2020 },
    order: 100,
    forums: [],
    stakeholders: [],
    programs: [],
    meetings: [],
    preparedBy: [],
    approvedBy: [],
    contacts: [],
    ...data,
  },
});

describe('buildRelations', () => {
  it('lists the forums each organisation is a member of, in the order of the forums', () => {
    const { memberOf } = buildRelations({
      forums: [
        forum('igc', { members: [to('stakeholders', 'iom'), to('stakeholders', 'unhcr')] }),
        forum('rcm', { members: [to('stakeholders', 'iom')] }),
      ],
      programs: [],
      notes: [],
    });
    expect(Object.fromEntries(memberOf)).toEqual({ iom: ['igc', 'rcm'], unhcr: ['igc'] });
  });

  it('links each recipient, organisation or forum, to the program row that funds it', () => {
    const { fundedBy } = buildRelations({
      forums: [],
      programs: [
        program('imcbp', { recipients: [recipient(to('stakeholders', 'iom')), recipient(to('forums', 'rcm'))] }),
        program('grsi', { recipients: [recipient(to('stakeholders', 'unhcr')), recipient(to('stakeholders', 'iom'))] }),
      ],
      notes: [],
    });
    expect(Object.fromEntries(fundedBy)).toEqual({
      'stakeholders/iom': [
        { program: 'imcbp', recipient: 0 },
        { program: 'grsi', recipient: 1 },
      ],
      'forums/rcm': [{ program: 'imcbp', recipient: 1 }],
      'stakeholders/unhcr': [{ program: 'grsi', recipient: 0 }],
    });
  });

  it('lists the sub-programs of each parent program', () => {
    const { children } = buildRelations({
      forums: [],
      programs: [
        program('grsi', {}),
        program('grsi-engagement', { parent: to('funding-programs', 'grsi') }),
        program('grsi-research', { parent: to('funding-programs', 'grsi') }),
      ],
      notes: [],
    });
    expect(Object.fromEntries(children)).toEqual({ grsi: ['grsi-engagement', 'grsi-research'] });
  });

  it('lists the notes that name each forum, organisation and program', () => {
    const { notesAbout } = buildRelations({
      forums: [],
      programs: [],
      notes: [
        note('transition', {
          forums: [to('forums', 'rcm')],
          stakeholders: [to('stakeholders', 'iom')],
          programs: [to('funding-programs', 'imcbp')],
        }),
        note('americas', { forums: [to('forums', 'rcm')] }),
      ],
    });
    expect(Object.fromEntries(notesAbout)).toEqual({
      'forums/rcm': ['transition', 'americas'],
      'stakeholders/iom': ['transition'],
      'funding-programs/imcbp': ['transition'],
    });
  });

  it('keys notes by collection, so a forum and an organisation with the same id stay apart', () => {
    const { notesAbout } = buildRelations({
      forums: [],
      programs: [],
      notes: [note('a', { forums: [to('forums', 'igc')] }), note('b', { stakeholders: [to('stakeholders', 'igc')] })],
    });
    expect(notesAbout.get('forums/igc')).toEqual(['a']);
    expect(notesAbout.get('stakeholders/igc')).toEqual(['b']);
  });

  it('ignores references the public edition replaced by markers', () => {
    const relations = buildRelations({
      forums: [forum('m5', { members: [withheld, to('stakeholders', 'iom')] })],
      programs: [program('secret-fund', { parent: withheld, recipients: [recipient(withheld), recipient(to('stakeholders', 'iom'))] })],
      notes: [note('brief', { forums: [withheld], stakeholders: [withheld], programs: [withheld] })],
    });
    expect(Object.fromEntries(relations.memberOf)).toEqual({ iom: ['m5'] });
    expect(Object.fromEntries(relations.fundedBy)).toEqual({ 'stakeholders/iom': [{ program: 'secret-fund', recipient: 1 }] });
    expect(relations.children.size).toBe(0);
    expect(relations.notesAbout.size).toBe(0);
  });

  it('gives empty relations for an empty binder', () => {
    expect(buildRelations({ forums: [], programs: [], notes: [] })).toEqual({
      memberOf: new Map(),
      fundedBy: new Map(),
      notesAbout: new Map(),
      children: new Map(),
    });
  });
});
