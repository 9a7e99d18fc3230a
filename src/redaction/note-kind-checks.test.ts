import { describe, expect, it } from 'vitest';
import { checkNoteKinds } from './note-kind-checks.ts';
import { parseYaml } from './yaml-source.ts';
import type { EntrySource } from './load.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

const entry = (collection: 'notes' | 'stakeholders', id: string, text: string, data: Record<string, unknown>): EntrySource => ({
  collection,
  id,
  yaml: parseYaml({ file: `content/${collection}/${id}.yaml`, rel: `${collection}/${id}.yaml`, text }).yaml!,
  data: { classification: 'unclassified', ...data },
  bodies: {},
  withheld: false,
});

const appearance = (committee: string) =>
  entry('notes', 'hearing', `kind: committee-appearance\ncommittee: ${committee}\n`, {
    kind: 'committee-appearance',
    committee: { collection: 'stakeholders', id: committee },
  });
const pacp = entry('stakeholders', 'pacp', 'kind: parliamentary-committee\n', { kind: 'parliamentary-committee' });
const cbsa = entry('stakeholders', 'cbsa', 'kind: federal-department\n', { kind: 'federal-department' });

describe('a committee appearance’s committee', () => {
  it('is an organisation of kind parliamentary-committee', () => {
    const diagnostics: Diagnostic[] = [];
    checkNoteKinds([pacp, cbsa, appearance('pacp')], diagnostics);
    expect(diagnostics).toEqual([]);
  });

  it('is refused at its line when it is another kind of organisation, without naming it', () => {
    const diagnostics: Diagnostic[] = [];
    checkNoteKinds([pacp, cbsa, appearance('cbsa')], diagnostics);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        file: 'content/notes/hearing.yaml',
        line: 2,
        rule: 'committee-not-parliamentary',
        message: 'committee: the organisation named here is not a parliamentary committee (its kind is federal-department)',
      }),
    ]);
    expect(diagnostics[0]!.message).not.toContain('cbsa');
  });
});
