import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { money } from './money.ts';
import { redactable } from './redactable.ts';
import { localizedText } from './localized.ts';
import { timeWindow, timeZone } from './time.ts';
import { meeting } from './meeting.ts';
import { binderSchema } from './binder.ts';
import { entrySchemas } from './collections.ts';
import type { EntryCollection, RefFactory } from './reference.ts';
import { describeIssues } from '../diagnostics/zod-issues.ts';

const ref = ((collection: EntryCollection) => z.string().transform((id) => ({ collection, id }))) as RefFactory;
const text = (en: string, fr: string) => ({ en, fr });
const hints = (schema: z.ZodType, input: unknown) =>
  describeIssues(schema.safeParse(input).error?.issues ?? [], input).map((p) => ({
    path: p.path.join('.'),
    problem: p.problem,
    hint: p.hint,
  }));

describe('money: scale and to be determined', () => {
  it('reads a display scale and keeps the exact amount', () => {
    expect(money.parse({ amount: 103800000000, currency: 'CAD', display: 'billions' })).toMatchObject({
      amount: 103800000000,
      display: 'billions',
    });
  });

  it('reads an amount to be determined', () => {
    expect(money.parse({ amount: 'tbd', currency: 'CAD' })).toMatchObject({ amount: 'tbd' });
  });

  it('refuses a scale it does not know, listing the ones it does', () => {
    expect(hints(money, { amount: 1, currency: 'CAD', display: 'lakhs' })).toEqual([
      { path: 'display', problem: 'must be one of: thousands, millions, billions', hint: undefined },
    ]);
  });
});

describe('redactable without a value', () => {
  const field = redactable(localizedText);
  it('accepts { redact } alone: withheld, the value not recorded', () => {
    expect(field.parse({ redact: 'atia-15-1' })).toEqual({ redact: ['atia-15-1'] });
  });

  it('still refuses a stray key beside redact', () => {
    expect(field.safeParse({ redact: 'atia-15-1', vlaue: text('a', 'b') }).success).toBe(false);
  });
});

describe('timeWindow and timeZone', () => {
  it('reads a time or a window on the 24-hour clock', () => {
    expect(timeWindow.parse('15:30')).toEqual({ start: { hour: 15, minute: 30 } });
    expect(timeWindow.parse({ start: '9:00', end: '17:30' })).toEqual({ start: { hour: 9, minute: 0 }, end: { hour: 17, minute: 30 } });
  });

  it('refuses a window that ends before it starts, at its end, with the accepted form as hint', () => {
    expect(hints(timeWindow, { start: '17:30', end: '15:30' })).toEqual([
      {
        path: 'end',
        problem: 'the time window ends before it starts (or when it starts)',
        hint: 'write the start first, then a later end on the same day: time: { start: "15:30", end: "17:30" }',
      },
    ]);
  });

  it('refuses a time that is not on the 24-hour clock, and a number YAML made of one', () => {
    expect(hints(timeWindow, '3:30 pm')[0]?.problem).toBe('"3:30 pm" is not a time of day');
    expect(hints(timeWindow, '3:30 pm')[0]?.hint).toContain('"15:30"');
    expect(hints(timeWindow, 930)[0]).toMatchObject({ problem: 'is a number, not a time of day' });
  });

  it('accepts IANA zones and refuses abbreviations', () => {
    expect(timeZone.parse('Europe/Zurich')).toBe('Europe/Zurich');
    expect(timeZone.parse('America/Argentina/Buenos_Aires')).toBe('America/Argentina/Buenos_Aires');
    expect(hints(timeZone, 'EST')[0]?.problem).toBe('"EST" is not an IANA time zone');
    expect(hints(timeZone, 'EST')[0]?.hint).toContain('America/Toronto');
    expect(timeZone.safeParse('Mars/Olympus').success).toBe(false);
  });

  it('gives the binder the capital’s zone by default', () => {
    const binder = binderSchema.parse({
      title: text('B', 'C'),
      department: text('D', 'M'),
      departmentShort: text('D', 'M'),
      minister: text('Minister', 'ministre'),
      asOf: '2025-01-01',
    });
    expect(binder.timeZone).toBe('America/Toronto');
  });
});

describe('meeting: time, time zone and agenda', () => {
  const schema = meeting(ref);
  const base = { title: text('Meeting', 'Réunion'), date: '2025-09-03' };
  it('reads a time window, a zone and redactable agenda items', () => {
    const m = schema.parse({
      ...base,
      time: { start: '15:30', end: '17:30' },
      timeZone: 'Europe/Zurich',
      agenda: [text('A', 'A'), { redact: 'atia-15-1' }],
    });
    expect(m.time).toEqual({ start: { hour: 15, minute: 30 }, end: { hour: 17, minute: 30 } });
    expect(m.agenda).toEqual([text('A', 'A'), { redact: ['atia-15-1'] }]);
  });

  it('refuses a time on a meeting of several days, and a zone without a time', () => {
    expect(hints(schema, { ...base, date: { start: '2025-09-03', end: '2025-09-05' }, time: '15:30' })).toEqual([
      {
        path: 'time',
        problem: 'a time needs a meeting of one day',
        hint: 'give the meeting one day (date: 2019-07-29) or leave the time out',
      },
    ]);
    expect(hints(schema, { ...base, timeZone: 'Europe/Zurich' })[0]).toMatchObject({ path: 'timeZone' });
  });

  it('never quotes a withheld time in its problem', () => {
    const problems = hints(schema, { ...base, time: { redact: 'atia-15-1', value: { start: '25:99', end: '17:30' } } });
    expect(problems.map((p) => p.problem).join(' ')).not.toContain('25:99');
  });
});

describe('funding programs: the federal record', () => {
  const schema = entrySchemas['funding-programs'](ref);
  const base = { name: text('P', 'P'), summary: text('S.', 'S.'), status: 'active' };
  it('reads kind, authority, evaluations, an ongoing end, planned spending to be determined and a recipient group', () => {
    const p = schema.parse({
      ...base,
      kind: 'grant',
      authority: 'voted',
      start: '2018–19',
      end: 'ongoing',
      evaluations: ['2019-20', 'FY2024–25'],
      plannedSpending: [{ year: '2025-26', amount: { amount: 'tbd', currency: 'CAD' } }],
      recipients: [{ to: { group: text('Service providers', 'Fournisseurs de services') }, purpose: text('x', 'x') }],
    });
    expect(p).toMatchObject({
      kind: ['grant'],
      authority: 'voted',
      start: { start: 2018 },
      end: 'ongoing',
      evaluations: [{ start: 2019 }, { start: 2024 }],
    });
    expect(p.recipients[0]!.to).toEqual({ group: text('Service providers', 'Fournisseurs de services') });
    expect(schema.parse({ ...base, kind: ['grant', 'contribution'], end: 'tbd' })).toMatchObject({
      kind: ['grant', 'contribution'],
      end: 'tbd',
    });
  });

  it('refuses an unknown authority and an end that is neither a fiscal year nor ongoing or tbd', () => {
    expect(schema.safeParse({ ...base, authority: 'both' }).success).toBe(false);
    const [problem] = hints(schema, { ...base, end: 'never' });
    expect(problem?.path).toBe('end');
    expect(problem?.hint).toContain('2019–20');
  });
});
