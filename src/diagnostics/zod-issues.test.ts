import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { describeIssues, formatPath } from './zod-issues.ts';
import { redactable } from '../schemas/redactable.ts';
import { entrySchemas } from '../schemas/collections.ts';
import type { EntryCollection, RefFactory } from '../schemas/reference.ts';

const ref = ((collection: EntryCollection) => z.string().transform((id) => ({ collection, id }))) as RefFactory;

/** Each problem as the editor reads it: `path: problem`. */
function problems(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  expect(result.success, 'expected the input to be rejected').toBe(false);
  return describeIssues(result.error!.issues, input).map((p) => `${formatPath(p.path)}: ${p.problem}`);
}

const text = (en: string, fr: string) => ({ en, fr });
const forumSchema = entrySchemas.forums(ref);
const forum = {
  summary: text('A summary.', 'Un résumé.'),
  name: text('Intergovernmental Consultations', 'Consultations intergouvernementales'),
};

describe('describeIssues on a forum', () => {
  it('says a missing field is required, with its expected type', () => {
    expect(problems(forumSchema, { summary: forum.summary })).toEqual(['name: is required (object)']);
  });

  it('says a missing language is required', () => {
    expect(problems(forumSchema, { ...forum, name: { en: 'Intergovernmental Consultations' } })).toEqual(['name.fr: is required (string)']);
  });

  it('names the type wanted and the value written', () => {
    expect(problems(forumSchema, { ...forum, established: '1985' })).toEqual(['established: must be a number, not the text "1985"']);
    expect(problems(forumSchema, { ...forum, members: 'iom' })).toEqual(['members: must be a list, not the text "iom"']);
    expect(problems(forumSchema, { ...forum, workingGroups: [{ name: forum.name, canadaChairs: 'yes' }] })).toEqual([
      'workingGroups[0].canadaChairs: must be true or false, not the text "yes"',
    ]);
    expect(problems(forumSchema, { ...forum, chair: 'Guatemala' })).toEqual([
      'chair: must be a mapping (key: value lines), not the text "Guatemala"',
    ]);
  });

  it('describes numbers, booleans, lists and empty values by kind', () => {
    expect(problems(forumSchema, { ...forum, secretariat: 42 })).toEqual([
      'secretariat: must be a mapping (key: value lines), not number 42',
    ]);
    expect(problems(forumSchema, { ...forum, secretariat: true })).toEqual([
      'secretariat: must be a mapping (key: value lines), not boolean true',
    ]);
    expect(problems(forumSchema, { ...forum, secretariat: ['IOM'] })).toEqual([
      'secretariat: must be a mapping (key: value lines), not a list',
    ]);
    expect(problems(forumSchema, { ...forum, secretariat: null })).toEqual([
      'secretariat: must be a mapping (key: value lines), not empty',
    ]);
  });

  it('cuts long text short when quoting it', () => {
    expect(problems(forumSchema, { ...forum, established: 'established in the mid-eighties by several states' })).toEqual([
      'established: must be a number, not the text "established in the mid-eighties by sever…"',
    ]);
  });

  it('says an unknown key is not a field, one line per key', () => {
    expect(problems(forumSchema, { ...forum, colour: 'red', website: 'https://example.org' })).toEqual([
      'colour: is not a field here',
      'website: is not a field here',
    ]);
  });

  it('lists the allowed values of an enum', () => {
    expect(problems(forumSchema, { ...forum, canadaRoles: [{ role: 'president' }] })).toEqual([
      'canadaRoles[0].role: must be one of: member, chair, co-chair, vice-chair, host, observer, donor',
    ]);
  });

  it('keeps the message of a custom check, at the field it concerns', () => {
    expect(problems(forumSchema, { ...forum, meetings: [{ title: text('a', 'b'), date: '2019-02-30' }] })).toEqual([
      'meetings[0].date: "2019-02-30" is not a real day: 2019-02 has 28 days',
    ]);
    expect(
      problems(forumSchema, { ...forum, meetings: [{ title: text('a', 'b'), date: { start: '2019-07-30', end: '2019-07-29' } }] }),
    ).toEqual(['meetings[0].date.end: the end date comes before the start date']);
  });

  it('reports a problem inside a withheld meeting under value, without the value', () => {
    expect(
      problems(forumSchema, { ...forum, meetings: [{ redact: 'atia-15-1', value: { title: text('a', 'b'), date: '2019-13' } }] }),
    ).toEqual(['meetings[0].value.date: has no such month (months are 01 to 12)']);
  });

  it('reports every problem at once', () => {
    expect(problems(forumSchema, { ...forum, established: 'x', colour: 'red' })).toEqual([
      'established: must be a number, not the text "x"',
      'colour: is not a field here',
    ]);
  });
});

describe('describeIssues on a redactable amount', () => {
  const programSchema = entrySchemas['funding-programs'](ref);
  const program = { summary: forum.summary, name: forum.name, status: 'active' };

  it('reports a plain amount without a currency at the currency', () => {
    expect(problems(programSchema, { ...program, envelope: { amount: 1 } })).toEqual([
      'envelope.currency: is required (one of: CAD, USD, EUR, GBP, CHF)',
    ]);
  });

  it('reports a withheld amount without a currency at value.currency', () => {
    expect(problems(programSchema, { ...program, envelope: { redact: 'atia-21-1-c', value: { amount: 1 } } })).toEqual([
      'envelope.value.currency: is required (one of: CAD, USD, EUR, GBP, CHF)',
    ]);
  });

  it('reports a period it does not know inside a recipient', () => {
    expect(
      problems(programSchema, {
        ...program,
        recipients: [{ to: { stakeholder: 'iom' }, purpose: forum.name, amount: { amount: 1, currency: 'CAD', period: 'yearly' } }],
      }),
    ).toEqual(['recipients[0].amount.period: must be one of: one-time, per-year']);
  });

  it('takes text where a mapping was meant as the plain value', () => {
    expect(problems(programSchema, { ...program, envelope: '$5 million' })).toEqual([
      'envelope: must be a mapping (key: value lines), not the text "$5 million"',
    ]);
  });
});

describe('describeIssues on a union without branches', () => {
  it('says the value is not valid here', () => {
    const issue = { code: 'invalid_union', errors: [], path: ['to'], message: 'Invalid input', input: {} } as unknown as z.core.$ZodIssue;
    expect(describeIssues([issue], {})).toEqual([{ path: ['to'], problem: 'is not valid here' }]);
  });
});

describe('formatPath', () => {
  it('joins keys with dots and puts list positions in brackets', () => {
    expect(formatPath(['meetings', 2, 'date'])).toBe('meetings[2].date');
    expect(formatPath(['recipients', 0, 'amount', 'value', 'currency'])).toBe('recipients[0].amount.value.currency');
  });

  it('gives an empty string for the root and a bracket for a list at the root', () => {
    expect(formatPath([])).toBe('');
    expect(formatPath([1, 'name'])).toBe('[1].name');
  });
});

describe('describeIssues never echoes a withheld value', () => {
  const schema = z.object({
    summary: redactable(z.object({ en: z.string(), fr: z.string() })),
    classification: z.string().optional(),
    redact: z.string().optional(),
    size: z.number().optional(),
  });
  it('in a redacted field', () => {
    const messages = describeIssues(
      schema.safeParse({ summary: { redact: 'atia-15-1', value: { en: 'Secretplan', fr: 3 } } }).error!.issues,
      { summary: { redact: 'atia-15-1', value: { en: 'Secretplan', fr: 3 } } },
    );
    expect(messages).toEqual([{ path: ['summary', 'value', 'fr'], problem: 'must be text, not a number' }]);
  });
  it('anywhere in a withheld entry', () => {
    const input = { summary: { en: 'a', fr: 'b' }, classification: 'secret', size: 'Secretsize' };
    const messages = describeIssues(schema.safeParse(input).error!.issues, input);
    expect(messages.map((m) => m.problem).join(' ')).not.toContain('Secretsize');
  });
});

describe('describeIssues says what is wrong with a withheld value without quoting it', () => {
  const programSchema = entrySchemas['funding-programs'](ref);
  const program = { summary: forum.summary, name: forum.name, status: 'active' };
  it('a bad fiscal year in a redacted field', () => {
    const envelope = (from: string) => ({ redact: 'atia-15-1', value: { amount: 1, currency: 'CAD', period: 'per-year', from } });
    expect(problems(programSchema, { ...program, envelope: envelope('2019-2') })).toEqual(['envelope.value.from: is not a fiscal year']);
    // The same mistake in a plain field is quoted, so the editor sees what they wrote.
    expect(problems(programSchema, { ...program, envelope: envelope('2019-2').value })).toEqual([
      'envelope.from: "2019-2" is not a fiscal year',
    ]);
  });

  it('an impossible day in a withheld meeting names neither the day nor its month', () => {
    const [line] = problems(forumSchema, {
      ...forum,
      meetings: [{ redact: 'atia-15-1', value: { title: text('a', 'b'), date: '2019-02-30' } }],
    });
    expect(line).toBe('meetings[0].value.date: is not a real day of its month');
  });

  it('a custom check may say it itself, and a "did you mean" is dropped', () => {
    const issue = (params?: object) =>
      ({
        code: 'custom',
        path: ['to'],
        message: 'there is no note "secretplan" (did you mean "secretplans"?)',
        input: 'secretplan',
        ...(params ? { params } : {}),
      }) as unknown as z.core.$ZodIssue;
    const withheld = { classification: 'secret', to: 'secretplan' };
    expect(describeIssues([issue({ withheldMessage: 'there is no note with the id written here' })], withheld)[0]!.problem).toBe(
      'there is no note with the id written here',
    );
    expect(describeIssues([issue()], withheld)[0]!.problem).toBe('there is no note the value');
    expect(describeIssues([issue()], { to: 'secretplan' })[0]!.problem).toContain('"secretplan"');
  });

  it('a reference check says what it could not resolve, without the id inside a withheld value', () => {
    const reference = { noun: 'note', id: 'secretplan', suggestion: 'secretplans' };
    const issue = {
      code: 'custom',
      path: ['to'],
      message: 'unresolved',
      input: 'secretplan',
      params: { reference },
    } as unknown as z.core.$ZodIssue;
    expect(describeIssues([issue], { to: 'secretplan' })[0]!.reference).toEqual(reference);
    expect(describeIssues([issue], { classification: 'secret', to: 'secretplan' })[0]!.reference).toEqual({ noun: 'note' });
    const plain = { ...(issue as object), params: undefined } as unknown as z.core.$ZodIssue;
    expect(describeIssues([plain], {})[0]).not.toHaveProperty('reference');
  });

  it('a date in an entry withheld as a whole', () => {
    const input = { ...forum, redact: 'atia-15-1', meetings: [{ title: text('a', 'b'), date: 'sometime Canaryxyzzy' }] };
    const [line] = problems(forumSchema, input);
    expect(line).toBe('meetings[0].date: is not a date: write YYYY-MM-DD, YYYY-MM, YYYY-fall or YYYY');
  });
});
