/**
 * Money and dates as departments write them, built for real: the canary binder with the files of
 * tests/fixtures/money-dates/content written over it (a council with timed meetings in two zones
 * and French date ranges; a program with an envelope at its scale, an ongoing end, planned spending
 * to be determined, a recipient group and an amount to be determined). The public edition's pages
 * and calendar files are read back; `npm run check` refuses a time window that ends before it
 * starts, at its line, with the accepted form as hint.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { build, projectRoot, readTree, runScript, tempWorkdir, type BuildResult } from './helpers.ts';

function overlay(extra: Record<string, string> = {}): string {
  const dir = path.join(tempWorkdir('money-dates-content'), 'content');
  fs.cpSync(path.join(projectRoot, 'tests/fixtures/canary/content'), dir, { recursive: true });
  fs.cpSync(path.join(projectRoot, 'tests/fixtures/money-dates/content'), dir, { recursive: true });
  for (const [file, text] of Object.entries(extra)) fs.writeFileSync(path.join(dir, file), text);
  return dir;
}

const workdir = tempWorkdir('money-dates');
let result: BuildResult;
let tree: Map<string, string>;
const nbsp = '\u00a0';
/** A page's text without tags, entities decoded for the no-break space. */
const text = (file: string) =>
  (tree.get(file) ?? '')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;|&#160;/g, nbsp)
    .replace(/&#39;|&rsquo;/g, '’');

beforeAll(() => {
  result = build({ content: overlay(), workdir });
  tree = readTree(path.join(workdir, 'dist'));
});

it('builds the public edition', () => {
  expect(result.status, result.stderr).toBe(0);
});

describe('meetings', () => {
  it('show their time windows in Canadian usage, naming another zone', () => {
    const en = text('en/organizations/epsilon/index.html');
    expect(en).toContain('July 29, 2019, 3:30 p.m. to 5:30 p.m.');
    expect(en).toContain('October 15, 2019, 9 a.m. (Central European Time)');
    const fr = text('fr/organisations/epsilon/index.html');
    expect(fr).toContain(`29 juillet 2019, de 15${nbsp}h${nbsp}30 à 17${nbsp}h${nbsp}30`);
    expect(fr).toContain(`15 octobre 2019, 9${nbsp}h (heure de l’Europe centrale)`);
  });

  it('write French ranges in federal usage and English ones unchanged', () => {
    const fr = text('fr/organisations/epsilon/index.html');
    expect(fr).toContain('les 29 et 30 juillet 2019');
    expect(fr).toContain('du 3 au 5 septembre 2025');
    expect(fr).toContain('du 30 septembre au 2 octobre 2025');
    const en = text('en/organizations/epsilon/index.html');
    expect(en).toContain('July 29–30, 2019');
    expect(en).toContain('September 3–5, 2025');
  });

  it('list agenda items, a withheld one as its marker', () => {
    const en = text('en/organizations/epsilon/index.html');
    expect(en).toMatch(/Agenda: Resettlement targets; \[REDACTED\]/);
  });

  it('go in the calendar file as timed events in UTC, summer and winter, and all-day events as before', () => {
    const ics = tree.get('en/calendar.ics')!.replace(/\r\n[ \t]/g, '');
    const events = new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const start = (summary: string) => events.find((e) => e.summary === summary)?.startDate;
    expect(start('Winter briefing')?.toJSDate().toISOString()).toBe('2019-01-29T20:30:00.000Z');
    expect(start('Geneva consultations')?.toJSDate().toISOString()).toBe('2019-10-15T07:00:00.000Z');
    expect(start('Two-day plenary')?.isDate).toBe(true);
    // The summer briefing has a withheld agenda item: the public file leaves it out whole.
    expect(start('Summer briefing')).toBeUndefined();
    expect(ics).toContain('DTSTART:20190129T203000Z\r\nDTEND:20190129T223000Z');
  });
});

describe('funding', () => {
  it('shows the program’s record: scale, ongoing end, kinds, authority, evaluations, planned spending', () => {
    const en = text('en/funding/zeta/index.html');
    expect(en).toContain(`$103.8${nbsp}billion per year`);
    expect(en).toMatch(/End\s*Ongoing/);
    expect(en).toContain('Grant and contribution');
    expect(en).toContain('Statutory');
    expect(en).toContain('2019–20 and 2024–25');
    expect(en).toMatch(/2025–26:\s*To be determined/);
    expect(en).toContain('Settlement service providers');
    const fr = text('fr/financement/zeta/index.html');
    expect(fr).toContain(`103,8${nbsp}milliards de dollars par année`);
    expect(fr).toContain('Programme continu');
    expect(fr).toContain('Subvention et contribution');
    expect(fr).toContain('Législatif');
    expect(fr).toContain(`1,5${nbsp}million de dollars par année`);
  });

  it('leaves amounts to be determined out of the totals and says so, adding the exact amounts', () => {
    const en = text('en/funding-at-a-glance/index.html');
    expect(en).toContain('1 amount is to be determined and left out of these totals.');
    expect(en).toContain('Amounts to be determined are not in the totals.');
    expect(en).toMatch(/To be determined: there is no figure to add yet\./);
    expect(en).toMatch(/Planned spending, 2025–26/);
    expect(en).toContain('$1,500,000 per year');
    expect(text('fr/financement-en-bref/index.html')).toContain('1 montant est à déterminer et exclu de ces totaux.');
  });
});

describe('npm run check', () => {
  it('refuses a time window that ends before it starts, at its end, with the accepted form', () => {
    const content = overlay({
      'stakeholders/epsilon.yaml': [
        'name: { en: "Epsilon Council", fr: "Conseil Epsilon" }',
        'kind: international-organisation',
        'summary: { en: "A council.", fr: "Un conseil." }',
        'meetings:',
        '  - title: { en: "Briefing", fr: "Séance" }',
        '    date: "2019-07-29"',
        '    time: { start: "17:30", end: "15:30" }',
        '',
      ].join('\n'),
    });
    const check = runScript('check.ts', { content, workdir: tempWorkdir('money-dates-check') });
    const out = check.stdout + check.stderr;
    expect(check.status).not.toBe(0);
    expect(out).toMatch(/stakeholders\/epsilon\.yaml:7:\d+/);
    expect(out).toContain('meetings[0].time.end: the time window ends before it starts');
    expect(out).toContain('time: { start: "15:30", end: "17:30" }');
  });

  it('accepts a fiscal year with an en dash and refuses another form, naming the accepted ones', () => {
    const content = overlay({
      'funding-programs/zeta.yaml': fs
        .readFileSync(path.join(projectRoot, 'tests/fixtures/money-dates/content/funding-programs/zeta.yaml'), 'utf8')
        .replace('start: "2018–19"', 'start: "2018/19"'),
    });
    const out = runScript('check.ts', { content, workdir: tempWorkdir('money-dates-check') });
    expect(out.stdout + out.stderr).toContain('start: "2018/19" is not a fiscal year');
    expect(out.stdout + out.stderr).toContain('2019-20, 2019–20, 2019-2020, 2019–2020 or FY2019-20');
  });
});
