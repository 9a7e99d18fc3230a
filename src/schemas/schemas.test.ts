import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { localizedText } from './localized.ts';
import { redactable } from './redactable.ts';
import { markerList } from './redacted.ts';
import { partialDate, dateRange, year } from './date.ts';
import { money, fiscalYear } from './money.ts';
import { classification, classifications } from './classification.ts';
import { redactionMarkerSchema } from './redaction-marker.ts';
import { binderSchema } from './binder.ts';
import { entrySchemas } from './collections.ts';
import type { EntryCollection, RefFactory } from './reference.ts';
import { stakeholderKinds } from './stakeholder.ts';
import { noteKinds } from './note.ts';
import { kindFields } from './note-kinds.ts';

/** Stands in for Astro's `reference()`: an id becomes `{ collection, id }`, unchecked. */
const ref = ((collection: EntryCollection) => z.string().transform((id) => ({ collection, id }))) as RefFactory;

const forumSchema = entrySchemas.forums(ref);
const stakeholderSchema = entrySchemas.stakeholders(ref);
const programSchema = entrySchemas['funding-programs'](ref);
const noteSchema = entrySchemas.notes(ref);

/** The issues of a failed parse, as path and message (the parse must fail). */
function issuesOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  expect(result.success, `expected ${JSON.stringify(input)} to be rejected`).toBe(false);
  return result.error!.issues.map((issue) => ({ path: issue.path, message: issue.message }));
}

const text = (en: string, fr: string) => ({ en, fr });
const summary = text('A summary.', 'Un résumé.');

describe('localizedText', () => {
  it('accepts text in both languages, trimmed', () => {
    expect(localizedText.parse({ en: ' Migration Five ', fr: 'Groupe des cinq' })).toEqual({
      en: 'Migration Five',
      fr: 'Groupe des cinq',
    });
  });

  it('rejects text without French: a French page never falls back to English', () => {
    expect(issuesOf(localizedText, { en: 'Migration Five' })).toEqual([
      { path: ['fr'], message: 'Invalid input: expected string, received undefined' },
    ]);
  });

  it('rejects a language written as blank space', () => {
    expect(issuesOf(localizedText, { en: 'Migration Five', fr: '   ' })).toEqual([{ path: ['fr'], message: 'must not be empty' }]);
  });

  it('rejects a third language', () => {
    expect(issuesOf(localizedText, { en: 'a', fr: 'b', de: 'c' })).toEqual([{ path: [], message: 'Unrecognized key: "de"' }]);
  });
});

describe('redactable', () => {
  const name = redactable(localizedText);

  it('passes a plain value through', () => {
    expect(name.parse(text('Guatemala', 'Guatemala'))).toEqual(text('Guatemala', 'Guatemala'));
  });

  it('turns one marker into a list of markers', () => {
    expect(name.parse({ redact: 'atia-15-1', value: text('Guatemala', 'Guatemala') })).toEqual({
      redact: ['atia-15-1'],
      value: text('Guatemala', 'Guatemala'),
    });
  });

  it('keeps a list of markers', () => {
    expect(name.parse({ redact: ['atia-15-1', 'pa-19-1'], value: text('a', 'b') })).toEqual({
      redact: ['atia-15-1', 'pa-19-1'],
      value: text('a', 'b'),
    });
  });

  it('accepts what the public edition leaves: the markers only', () => {
    expect(name.parse({ redacted: ['atia-15-1'] })).toEqual({ redacted: ['atia-15-1'] });
  });

  it('checks the withheld value against the inner schema', () => {
    expect(name.safeParse({ redact: 'atia-15-1', value: { en: 'only English' } }).success).toBe(false);
  });

  it('rejects an unknown key next to redact and value', () => {
    expect(issuesOf(redactable(z.string()), { redact: 'atia-15-1', value: 'Jane Doe', reason: 'privacy' })).toEqual([
      { path: [], message: 'Unrecognized key: "reason"' },
    ]);
  });

  it('rejects a marker id that is not lower case words and digits', () => {
    expect(issuesOf(redactable(z.string()), { redact: 'ATIA15(1)', value: 'Jane Doe' })).toEqual([
      { path: ['redact', 0], message: 'a marker id is lower case letters, digits and hyphens, e.g. atia-15-1' },
    ]);
  });

  it('reads several markers written in one string, separated by spaces or commas', () => {
    expect(markerList.parse('atia-15-1 pa-19-1')).toEqual(['atia-15-1', 'pa-19-1']);
    expect(markerList.parse('atia-15-1, pa-19-1')).toEqual(['atia-15-1', 'pa-19-1']);
  });

  it('rejects an empty list of markers', () => {
    expect(name.safeParse({ redact: [], value: text('a', 'b') }).success).toBe(false);
    expect(name.safeParse({ redacted: [] }).success).toBe(false);
  });
});

describe('partialDate', () => {
  it.each([
    ['2019-07-29', { precision: 'day', year: 2019, month: 7, day: 29 }],
    ['2019-10', { precision: 'month', year: 2019, month: 10 }],
    ['2020-fall', { precision: 'season', year: 2020, season: 'fall' }],
    ['2020', { precision: 'year', year: 2020 }],
  ])('reads %s at its own precision', (input, expected) => {
    expect(partialDate.parse(input)).toEqual(expected);
  });

  it('accepts the Date a YAML parser makes of an unquoted day', () => {
    expect(partialDate.parse(new Date(Date.UTC(2019, 6, 29)))).toEqual({ precision: 'day', year: 2019, month: 7, day: 29 });
  });

  it('accepts the number a YAML parser makes of an unquoted year', () => {
    expect(partialDate.parse(2020)).toEqual({ precision: 'year', year: 2020 });
  });

  it('rejects a day that does not exist', () => {
    expect(issuesOf(partialDate, '2019-02-30')).toEqual([{ path: [], message: '"2019-02-30" is not a real day: 2019-02 has 28 days' }]);
  });

  it('rejects a month that does not exist', () => {
    expect(issuesOf(partialDate, '2019-13')).toEqual([{ path: [], message: '"2019-13" has no month 13' }]);
  });

  it('rejects a date written in words, saying how to write it', () => {
    expect(issuesOf(partialDate, 'July 2019')).toEqual([
      { path: [], message: '"July 2019" is not a date: write YYYY-MM-DD, YYYY-MM, YYYY-fall or YYYY' },
    ]);
  });

  it('rejects a number that is not a whole year', () => {
    expect(partialDate.safeParse(2020.5).success).toBe(false);
  });
});

describe('dateRange', () => {
  it('reads a single date as a range without an end', () => {
    expect(dateRange.parse('2019-12-17')).toEqual({ start: { precision: 'day', year: 2019, month: 12, day: 17 }, end: undefined });
  });

  it('reads a start and an end', () => {
    expect(dateRange.parse({ start: '2019-07-29', end: '2019-07-30' })).toEqual({
      start: { precision: 'day', year: 2019, month: 7, day: 29 },
      end: { precision: 'day', year: 2019, month: 7, day: 30 },
    });
  });

  it('accepts a range that starts and ends on the same day', () => {
    expect(dateRange.safeParse({ start: '2019-07-29', end: '2019-07-29' }).success).toBe(true);
  });

  it('rejects an end before the start, at the end', () => {
    expect(issuesOf(dateRange, { start: '2019-07-30', end: '2019-07-29' })).toEqual([
      { path: ['end'], message: 'the end date comes before the start date' },
    ]);
  });

  it('compares dates of different precisions by their first day', () => {
    expect(dateRange.safeParse({ start: '2020-fall', end: '2020-12' }).success).toBe(true);
    expect(issuesOf(dateRange, { start: '2020-fall', end: '2020-08' })).toEqual([
      { path: ['end'], message: 'the end date comes before the start date' },
    ]);
  });
});

describe('year', () => {
  it('accepts a plausible year and rejects others', () => {
    expect(year.parse(1989)).toBe(1989);
    expect(year.safeParse(89).success).toBe(false);
    expect(year.safeParse(1989.5).success).toBe(false);
  });
});

describe('money', () => {
  it('is one-time and exact unless told otherwise', () => {
    expect(money.parse({ amount: 165000, currency: 'CAD' })).toEqual({
      amount: 165000,
      currency: 'CAD',
      period: 'one-time',
      approximate: false,
    });
  });

  it('rejects an amount without a currency, at the currency', () => {
    expect(issuesOf(money, { amount: 165000 })).toEqual([
      { path: ['currency'], message: 'Invalid option: expected one of "CAD"|"USD"|"EUR"|"GBP"|"CHF"' },
    ]);
  });

  it('accepts an amount over several years', () => {
    expect(money.parse({ amount: 21000000, currency: 'CAD', period: { years: 3 } }).period).toEqual({ years: 3 });
  });

  it('rejects "over one year", which is not a multi-year amount', () => {
    expect(issuesOf(money, { amount: 1, currency: 'CAD', period: { years: 1 } })).toEqual([
      { path: ['period', 'years'], message: 'Too small: expected number to be >=2' },
    ]);
  });

  it('rejects a period it does not know', () => {
    expect(money.safeParse({ amount: 1, currency: 'CAD', period: 'yearly' }).success).toBe(false);
  });

  it('rejects a negative amount', () => {
    expect(issuesOf(money, { amount: -5, currency: 'CAD' })).toEqual([
      { path: ['amount'], message: 'Too small: expected number to be >=0' },
    ]);
  });

  it('reads the fiscal years it applies to', () => {
    expect(money.parse({ amount: 1, currency: 'USD', period: 'per-year', from: '2019-20', to: '2024-25' })).toMatchObject({
      from: { start: 2019 },
      to: { start: 2024 },
    });
  });

  it('rejects an unknown field', () => {
    expect(issuesOf(money, { amount: 1, currency: 'CAD', note: 'TBD' })).toEqual([{ path: [], message: 'Unrecognized key: "note"' }]);
  });
});

describe('fiscalYear', () => {
  it('reads a fiscal year across a century, as the site prints it', () => {
    expect(fiscalYear.parse('1999-00')).toEqual({ start: 1999 });
  });

  it.each([
    ['2019-20', 2019],
    ['2019-2020', 2019],
    ['FY2024-25', 2024],
    ['FY 2024-25', 2024],
    ['1999-2000', 1999],
    ['2018–19', 2018],
    ['2018–2019', 2018],
    ['FY2018-19', 2018],
    ['FY2018–19', 2018],
  ])('reads %s as the year starting in %i', (input, start) => {
    expect(fiscalYear.parse(input)).toEqual({ start });
  });

  it.each(['2019', '19-20', '2019/20'])('rejects %s, which is not a fiscal year', (input) => {
    expect(issuesOf(fiscalYear, input)).toEqual([{ path: [], message: `"${input}" is not a fiscal year` }]);
  });

  it.each(['2019-21', '2019-2021', '2019–21'])('rejects %s, whose second year does not follow the first', (input) => {
    expect(issuesOf(fiscalYear, input)).toEqual([
      { path: [], message: `"${input}" is not a fiscal year: its second year is not the year after the first` },
    ]);
  });

  it('gives the accepted forms as its hint, hyphen and en dash', () => {
    const hint = (fiscalYear.safeParse('2019/20').error!.issues[0] as { params?: { hint?: string } }).params?.hint;
    expect(hint).toBe(
      'write a fiscal year as 2019-20, 2019–20, 2019-2020, 2019–2020 or FY2019-20 (April to March, the second year the one after the first)',
    );
  });
});

describe('classification', () => {
  it('lists the levels lowest first', () => {
    expect(classifications[0]).toBe('unclassified');
    expect(classifications.at(-1)).toBe('secret');
  });

  it('accepts a known level and rejects an unknown one', () => {
    expect(classification.parse('protected-b')).toBe('protected-b');
    expect(classification.safeParse('top-secret').success).toBe(false);
  });
});

describe('redactionMarkerSchema', () => {
  const marker = {
    statute: 'atia',
    section: '15(1)',
    label: text('s.15(1) ATIA', 'par. 15(1) LAI'),
    description: text('International affairs.', 'Affaires internationales.'),
  };

  it('reveals withheld text in the internal edition by default', () => {
    expect(redactionMarkerSchema.parse(marker).revealIn).toEqual(['internal']);
  });

  it('lets the unspecified marker leave out its section', () => {
    const { section: _, ...unspecified } = { ...marker, statute: 'none' };
    expect(redactionMarkerSchema.parse(unspecified).section).toBe('');
  });

  it('never reveals withheld text in the public edition', () => {
    expect(issuesOf(redactionMarkerSchema, { ...marker, revealIn: ['public'] })).toEqual([
      { path: ['revealIn', 0], message: 'Invalid input: expected "internal"' },
    ]);
  });

  it('rejects a statute it does not know', () => {
    expect(issuesOf(redactionMarkerSchema, { ...marker, statute: 'foia' })).toEqual([
      { path: ['statute'], message: 'Invalid option: expected one of "atia"|"privacy-act"|"none"' },
    ]);
  });
});

describe('binderSchema', () => {
  const binder = {
    title: text('Transition binder', 'Cahier de transition'),
    department: text('Immigration, Refugees and Citizenship Canada', 'Immigration, Réfugiés et Citoyenneté Canada'),
    departmentShort: text('IRCC', 'IRCC'),
    minister: text('Minister of Immigration', 'ministre de l’Immigration'),
    asOf: '2026-11-20',
  };

  it('fills in languages, classification and base', () => {
    expect(binderSchema.parse(binder)).toMatchObject({
      asOf: { precision: 'day', year: 2026, month: 11, day: 20 },
      languages: ['en', 'fr'],
      classification: 'unclassified',
      base: '/',
    });
  });

  it('requires the as-of date to be a day', () => {
    expect(issuesOf(binderSchema, { ...binder, asOf: '2026-11' })).toEqual([{ path: ['asOf'], message: 'asOf must be a day: YYYY-MM-DD' }]);
  });

  it('requires a base path that starts and ends with a slash', () => {
    expect(binderSchema.parse({ ...binder, base: '/binder/' }).base).toBe('/binder/');
    expect(issuesOf(binderSchema, { ...binder, base: 'binder' })).toEqual([
      { path: ['base'], message: 'base is a path that starts and ends with "/": /binder/' },
    ]);
  });
});

describe('entry fields', () => {
  const stakeholder = { summary, name: text('IOM', 'OIM'), kind: 'international-organisation' };

  it('default to unclassified with no tags', () => {
    expect(stakeholderSchema.parse(stakeholder)).toMatchObject({ classification: 'unclassified', tags: [] });
  });

  it('read an entry-level redaction as a list of markers', () => {
    expect(stakeholderSchema.parse({ ...stakeholder, redact: 'atia-21-1-a' }).redact).toEqual(['atia-21-1-a']);
  });

  it('take tags from the topic vocabulary only', () => {
    expect(stakeholderSchema.parse({ ...stakeholder, tags: ['five-eyes', 'refugees'] }).tags).toEqual(['five-eyes', 'refugees']);
    expect(issuesOf(stakeholderSchema, { ...stakeholder, tags: ['five-eyes', 'refugess'] })).toEqual([
      { path: ['tags', 1], message: expect.stringContaining('"refugees"') as string },
    ]);
  });

  it('accept a modified date only as YYYY-MM-DD', () => {
    expect(stakeholderSchema.parse({ ...stakeholder, modified: '2026-11-20' }).modified).toBe('2026-11-20');
    expect(stakeholderSchema.safeParse({ ...stakeholder, modified: '2026-11' }).success).toBe(false);
  });

  it('require a summary in both languages, which may be withheld', () => {
    expect(issuesOf(stakeholderSchema, { name: stakeholder.name, kind: stakeholder.kind })).toContainEqual({
      path: ['summary'],
      message: 'Invalid input',
    });
    expect(stakeholderSchema.parse({ ...stakeholder, summary: { redacted: ['atia-15-1'] } }).summary).toEqual({
      redacted: ['atia-15-1'],
    });
  });
});

describe('forums', () => {
  const forum = { summary, name: text('Regional Conference on Migration', 'Conférence régionale sur les migrations') };

  it('fill in empty lists for what the editor left out', () => {
    expect(forumSchema.parse(forum)).toMatchObject({
      members: [],
      canadaRoles: [],
      representation: [],
      meetings: [],
      workingGroups: [],
      nextSteps: [],
    });
  });

  it('reject a field that forums do not have', () => {
    expect(issuesOf(forumSchema, { ...forum, colour: 'red' })).toEqual([{ path: [], message: 'Unrecognized key: "colour"' }]);
  });

  it('read members as references to organisations, and keep withheld ones as markers', () => {
    expect(forumSchema.parse({ ...forum, members: ['iom', { redacted: ['atia-15-1'] }] }).members).toEqual([
      { collection: 'stakeholders', id: 'iom' },
      { redacted: ['atia-15-1'] },
    ]);
  });

  it("read Canada's roles with their years", () => {
    expect(forumSchema.parse({ ...forum, canadaRoles: [{ role: 'chair', from: 2019, to: 2020 }, { role: 'member' }] }).canadaRoles).toEqual(
      [{ role: 'chair', from: 2019, to: 2020 }, { role: 'member' }],
    );
  });

  it('reject a role Canada cannot hold', () => {
    expect(issuesOf(forumSchema, { ...forum, canadaRoles: [{ role: 'president' }] })).toEqual([
      {
        path: ['canadaRoles', 0, 'role'],
        message: 'Invalid option: expected one of "member"|"chair"|"co-chair"|"vice-chair"|"host"|"observer"|"donor"',
      },
    ]);
  });

  it('read meetings, plain or withheld as a whole', () => {
    const meetings = forumSchema.parse({
      ...forum,
      meetings: [
        { title: text('Vice-ministerial meeting', 'Réunion vice-ministérielle'), date: '2019-11' },
        { redact: 'atia-15-1', value: { title: text('Retreat', 'Retraite'), date: { start: '2020-02-03', end: '2020-02-04' } } },
      ],
    }).meetings;
    expect(meetings[0]).toEqual({
      title: text('Vice-ministerial meeting', 'Réunion vice-ministérielle'),
      date: { start: { precision: 'month', year: 2019, month: 11 }, end: undefined },
    });
    expect(meetings[1]).toMatchObject({ redact: ['atia-15-1'], value: { title: text('Retreat', 'Retraite') } });
  });

  it('report an impossible meeting date at the meeting', () => {
    expect(issuesOf(forumSchema, { ...forum, meetings: [{ title: text('a', 'b'), date: '2019-02-30' }] })).toEqual([
      { path: ['meetings', 0], message: 'Invalid input' },
    ]);
  });
});

describe('stakeholders', () => {
  const stakeholder = {
    summary,
    name: text('International Organization for Migration', 'Organisation internationale pour les migrations'),
  };

  it.each(stakeholderKinds)('accept the kind %s', (kind) => {
    expect(stakeholderSchema.parse({ ...stakeholder, kind }).kind).toBe(kind);
  });

  it('require a kind from the list', () => {
    expect(issuesOf(stakeholderSchema, { ...stakeholder, kind: 'club' })).toEqual([
      {
        path: ['kind'],
        message:
          'Invalid option: expected one of "international-organisation"|"un-agency"|"think-tank"|"federal-department"|"province-or-territory"|"foreign-government"|"ngo"|"academic"|"private-sector"|"parliamentary-committee"',
      },
    ]);
  });

  it('accept only web addresses as websites', () => {
    expect(stakeholderSchema.parse({ ...stakeholder, kind: 'ngo', website: 'https://www.iom.int' }).website).toBe('https://www.iom.int');
    expect(issuesOf(stakeholderSchema, { ...stakeholder, kind: 'ngo', website: 'ftp://iom.int' })).toEqual([
      { path: ['website'], message: 'Invalid URL' },
    ]);
  });

  it('reject a field that organisations do not have', () => {
    expect(issuesOf(stakeholderSchema, { ...stakeholder, kind: 'ngo', members: ['iom'] })).toEqual([
      { path: [], message: 'Unrecognized key: "members"' },
    ]);
  });
});

describe('funding programs', () => {
  const program = { summary, name: text('Migration Capacity Building', 'Renforcement des capacités'), status: 'active' };
  const purpose = text('Return and reintegration', 'Retour et réintégration');

  it('read a recipient organisation and a recipient forum as references', () => {
    const parsed = programSchema.parse({
      ...program,
      recipients: [
        { to: { stakeholder: 'iom' }, purpose },
        { to: { forum: 'igc' }, purpose, amount: { amount: 50000, currency: 'CHF', period: 'per-year' } },
      ],
    });
    expect(parsed.recipients.map((r) => r.to)).toEqual([
      { collection: 'stakeholders', id: 'iom' },
      { collection: 'forums', id: 'igc' },
    ]);
    expect(parsed.recipients[1]?.amount).toEqual({ amount: 50000, currency: 'CHF', period: 'per-year', approximate: false });
  });

  it('keep a withheld recipient as its markers', () => {
    expect(programSchema.parse({ ...program, recipients: [{ to: { redacted: ['atia-13'] }, purpose }] }).recipients[0]?.to).toEqual({
      redacted: ['atia-13'],
    });
  });

  it('reject a recipient that is neither an organisation nor a forum', () => {
    expect(programSchema.safeParse({ ...program, recipients: [{ to: { organisation: 'iom' }, purpose }] }).success).toBe(false);
    expect(programSchema.safeParse({ ...program, recipients: [{ to: 'iom', purpose }] }).success).toBe(false);
  });

  it('read the parent program and the fiscal years', () => {
    expect(programSchema.parse({ ...program, parent: 'grsi', start: '2019-20', end: 'FY2024-25' })).toMatchObject({
      parent: { collection: 'funding-programs', id: 'grsi' },
      start: { start: 2019 },
      end: { start: 2024 },
    });
  });

  it('read a withheld envelope with its markers', () => {
    expect(
      programSchema.parse({ ...program, envelope: { redact: 'atia-21-1-c', value: { amount: 5, currency: 'CAD' } } }).envelope,
    ).toEqual({
      redact: ['atia-21-1-c'],
      value: { amount: 5, currency: 'CAD', period: 'one-time', approximate: false },
    });
  });

  it('require a status', () => {
    const { status: _, ...withoutStatus } = program;
    expect(issuesOf(programSchema, withoutStatus)).toEqual([
      { path: ['status'], message: 'Invalid option: expected one of "active"|"pilot"|"extended"|"closed"|"proposed"' },
    ]);
  });
});

describe('notes', () => {
  const note = { summary, title: text('Key messages', 'Messages clés'), date: '2026-11-20' };

  // The kinds with fields of their own are tested in note-kinds.test.ts.
  it.each(noteKinds.filter((kind) => !Object.hasOwn(kindFields, kind)))('accept the kind %s', (kind) => {
    expect(noteSchema.parse({ ...note, kind }).kind).toBe(kind);
  });

  it('reject a kind not in the list', () => {
    expect(issuesOf(noteSchema, { ...note, kind: 'memo' })).toEqual([
      {
        path: ['kind'],
        message:
          'Invalid option: expected one of "chapter"|"briefing-note"|"key-messages"|"if-pressed"|"background"|"overview"|"key-issue"|"committee-appearance"|"qp-note"|"letter"',
      },
    ]);
  });

  it('sort after ordered notes unless given an order', () => {
    expect(noteSchema.parse({ ...note, kind: 'chapter' }).order).toBe(100);
  });

  it('read the entries they are about as references', () => {
    expect(noteSchema.parse({ ...note, kind: 'briefing-note', forums: ['rcm'], stakeholders: ['iom'], programs: ['imcbp'] })).toMatchObject(
      {
        forums: [{ collection: 'forums', id: 'rcm' }],
        stakeholders: [{ collection: 'stakeholders', id: 'iom' }],
        programs: [{ collection: 'funding-programs', id: 'imcbp' }],
      },
    );
  });

  it('require a date', () => {
    const { date: _, ...undated } = note;
    expect(issuesOf(noteSchema, { ...undated, kind: 'chapter' })).toEqual([{ path: ['date'], message: 'Invalid input' }]);
  });
});
