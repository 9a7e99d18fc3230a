import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { noteSchema } from './note.ts';
import type { EntryCollection, RefFactory } from './reference.ts';
import { describeIssues } from '../diagnostics/zod-issues.ts';

/** Stands in for Astro's `reference()`: an id becomes `{ collection, id }`, unchecked. */
const ref = ((collection: EntryCollection) => z.string().transform((id) => ({ collection, id }))) as RefFactory;
const schema = noteSchema(ref);
const text = (en: string, fr: string) => ({ en, fr });
const base = { title: text('A note', 'Une note'), summary: text('A summary.', 'Un résumé.'), date: '2020-11-24' };

const appearance = {
  ...base,
  kind: 'committee-appearance',
  committee: 'pacp',
  time: { start: '15:30', end: '17:30' },
  parliament: { parliament: 43, session: 2 },
  study: text('Report 2 of the Auditor General', 'Rapport 2 du vérificateur général'),
  invited: [text('Deputy Minister', 'Sous-ministre')],
  officials: [{ segment: 'first-hour', people: ['jane-doe', { redact: 'atia-19-1', value: text('An official', 'Une fonctionnaire') }] }],
  openingStatement: 5,
  deliverables: [
    { item: text('Opening statement', 'Déclaration préliminaire'), due: { hoursBefore: 48 } },
    { redact: 'atia-21-1-a', value: { item: text('Briefing book', 'Cahier'), due: '2020-11-20' } },
  ],
};
const qp = {
  ...base,
  kind: 'qp-note',
  issue: text('Removals', 'Renvois'),
  organisation: 'cbsa',
  minister: text('Minister of X', 'ministre de X'),
};
const letter = {
  ...base,
  kind: 'letter',
  from: [text('Minister A', 'Ministre A')],
  to: ['jane-doe'],
  salutation: text('Dear Minister:', 'Monsieur le Ministre,'),
  closing: text('Yours sincerely,', 'Veuillez agréer mes salutations distinguées.'),
  signatories: [text('Minister A', 'Ministre A')],
  enclosures: [{ redact: 'atia-15-1', value: text('Annex', 'Annexe') }],
};

/** The kind problems of a parse that must fail, as the loader routes them. */
function kindProblems(input: unknown) {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return describeIssues(result.error!.issues, input).map((p) => ({ path: p.path, noteKind: p.noteKind, problem: p.problem }));
}

describe('notes of each kind', () => {
  it('accepts a committee appearance, a QP note and a letter with their own fields', () => {
    const parsed = schema.parse(appearance);
    expect(parsed.committee).toEqual({ collection: 'stakeholders', id: 'pacp' });
    expect(parsed.time).toEqual({ start: { hour: 15, minute: 30 }, end: { hour: 17, minute: 30 } });
    expect(schema.parse({ ...appearance, time: { redact: 'atia-15-1', value: { start: '09:00', end: '10:00' } } }).time).toEqual({
      redact: ['atia-15-1'],
      value: { start: { hour: 9, minute: 0 }, end: { hour: 10, minute: 0 } },
    });
    expect(parsed.officials?.[0]?.people[0]).toEqual({ collection: 'people', id: 'jane-doe' });
    expect(schema.parse(qp).organisation).toEqual({ collection: 'stakeholders', id: 'cbsa' });
    expect(schema.parse(letter).to).toEqual([{ collection: 'people', id: 'jane-doe' }]);
  });

  it('gives every note who prepared, approved and is the contact, empty by default', () => {
    const parsed = schema.parse({ ...base, kind: 'briefing-note', preparedBy: ['jane-doe'] });
    expect(parsed.preparedBy).toEqual([{ collection: 'people', id: 'jane-doe' }]);
    expect(parsed.approvedBy).toEqual([]);
    expect(parsed.contacts).toEqual([]);
  });

  it('refuses a field of another kind, naming the field, the note’s kind and the field’s', () => {
    expect(kindProblems({ ...qp, salutation: text('Dear', 'Cher') })).toEqual([
      expect.objectContaining({
        path: ['salutation'],
        noteKind: { problem: 'other-kind', field: 'salutation', kind: 'qp-note', fieldKinds: ['letter'] },
      }),
    ]);
    expect(kindProblems({ ...base, kind: 'briefing-note', committee: 'pacp' })[0]?.noteKind?.fieldKinds).toEqual(['committee-appearance']);
  });

  it('refuses a kind without a field it needs, with the form to write', () => {
    const { time: _time, ...noTime } = appearance;
    const [missing, ...rest] = kindProblems(noTime);
    expect(rest).toEqual([]);
    expect(missing?.path).toEqual(['time']);
    expect(missing?.noteKind).toMatchObject({ problem: 'missing', field: 'time', kind: 'committee-appearance' });
    expect(missing?.noteKind?.form).toContain('{ start: "15:30", end: "17:30" }');
    const problems = kindProblems({ ...base, kind: 'letter' });
    expect(problems.map((p) => p.noteKind?.field)).toEqual(['from', 'to', 'salutation', 'closing', 'signatories']);
  });

  it('reports a field problem and the kind problems at once', () => {
    const problems = kindProblems({ ...qp, minister: 'Minister', closing: text('Bye', 'Salut') });
    expect(problems.map((p) => p.path[0])).toEqual(['minister', 'closing']);
  });

  it('refuses a time window that ends before it starts, an unknown segment and a deadline that is neither', () => {
    expect(kindProblems({ ...appearance, time: { start: '17:30', end: '15:30' } })[0]?.path).toEqual(['time', 'end']);
    expect(kindProblems({ ...appearance, officials: [{ segment: 'third-hour', people: ['x'] }] })[0]?.path).toEqual([
      'officials',
      0,
      'segment',
    ]);
    expect(kindProblems({ ...appearance, deliverables: [{ item: text('a', 'b'), due: { weeksBefore: 1 } }] })[0]?.path[0]).toBe(
      'deliverables',
    );
    expect(kindProblems({ ...appearance, parliament: { parliament: 44, session: 0 } })[0]?.path).toEqual(['parliament', 'session']);
  });
});
