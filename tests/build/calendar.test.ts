/**
 * The engagements calendar, built for real: the calendar fixture (the canary binder with meetings
 * of every kind: one day, several days, a month, a season, past and upcoming, a title, a location
 * and a theme withheld, a meeting withheld as a whole, a meeting of a withheld note) in both
 * editions. The .ics files are read back with ical.js, an independent parser; the public files
 * and pages are grepped for the fixture's canary words.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { buildEditions, projectRoot, tempWorkdir } from './helpers.ts';

/**
 * The calendar fixture is an overlay: the canary binder, with the files of
 * tests/fixtures/calendar/content written over it (those that add meetings). The canary's other
 * files are not copied into the overlay, so the two fixtures cannot drift apart.
 */
function overlayFixture(): string {
  const dir = path.join(tempWorkdir('calendar-content'), 'content');
  fs.cpSync(path.join(projectRoot, 'tests/fixtures/canary/content'), dir, { recursive: true });
  fs.cpSync(path.join(projectRoot, 'tests/fixtures/calendar/content'), dir, { recursive: true });
  return dir;
}

const content = overlayFixture();
const workdir = tempWorkdir('calendar');
const files = ['en/calendar.ics', 'fr/calendrier.ics', 'en/calendar/index.html', 'fr/calendrier/index.html'];

const built = buildEditions(content, workdir);

function events(ics: string | undefined) {
  expect(ics).toBeDefined();
  const calendar = new ICAL.Component(ICAL.parse(ics!) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      location: event.location,
      url: vevent.getFirstPropertyValue('url'),
    };
  });
}

/** Canary words, unfolded first: a folded content line could split one in two. */
const canaryWords = (text: string) => [...text.replace(/\r\n[ \t]/g, '').matchAll(/canary[a-z]+/gi)].map((m) => m[0]);

it('builds both editions', () => {
  expect(built.internal.status, built.internal.stderr).toBe(0);
  expect(built.publicBuild.status, built.publicBuild.stderr).toBe(0);
});

describe('public edition', () => {
  it('has a calendar file in each language with only the meetings whose every detail is public', () => {
    const en = events(built.publicTree.get('en/calendar.ics'));
    expect(en.map((e) => [e.summary, e.start, e.end, e.location])).toEqual([
      ['Beta council', '2019-06-12', '2019-06-13', 'Geneva'],
      ['Regional conference', '2019-09-02', '2019-09-05', 'Mexico City'],
      ['Ministerial meeting', '2019-10-07', '2019-10-08', 'Ottawa'],
    ]);
    expect(en[0]?.url).toBe('https://canary.example.gc.ca/en/organizations/beta/');
    const fr = events(built.publicTree.get('fr/calendrier.ics'));
    expect(fr.map((e) => e.summary)).toEqual(['Conseil Bêta', 'Conférence régionale', 'Réunion ministérielle']);
    expect(fr[0]?.url).toBe('https://canary.example.gc.ca/fr/organisations/beta/');
  });

  it('keeps every withheld word out of the calendar files and pages', () => {
    for (const file of files) {
      const text = built.publicTree.get(file);
      expect(text, file).toBeDefined();
      expect(canaryWords(text!), file).toEqual([]);
    }
    for (const file of files.filter((f) => f.endsWith('.ics'))) {
      expect(built.publicTree.get(file)).not.toMatch(/\[(REDACTED|CAVIARDÉ)\]|Withheld from|Soustrait/i);
    }
  });

  it('shows the meetings with withheld details on the page, with their markers', () => {
    const html = built.publicTree.get('en/calendar/index.html')!;
    expect(html).toContain('Beta workshop');
    expect(html).toMatch(/\[REDACTED\] <span class="redacted__basis">s\.15\(1\) ATIA/);
    expect(html).toContain('left out of the calendar file');
  });
});

describe('internal edition', () => {
  it('puts the meetings the public edition withholds in the calendar file, flagged', () => {
    const en = events(built.internalTree.get('en/calendar.ics'));
    expect(en.find((e) => e.start === '2019-10-28')).toMatchObject({
      summary: '[Withheld from the public edition] Canarycalmeetingen retreat',
      end: '2019-10-29',
      location: 'Canarycalplaceen',
    });
    expect(en.find((e) => e.start === '2019-10-15')?.summary).toBe('[Withheld from the public edition] Canarycalnoteen briefing');
    expect(en.find((e) => e.start === '2019-10-10')).toMatchObject({
      summary: '[Withheld from the public edition] Alpha plenary',
      location: 'Canarylocationen',
    });
    const fr = events(built.internalTree.get('fr/calendrier.ics'));
    expect(fr.find((e) => e.start === '2019-10-28')?.summary).toBe('[Soustrait à l’édition publique] Retraite Canarycalmeetingfr');
    expect(fr).toHaveLength(en.length);
    // The same grep that finds nothing in the public files finds the secrets here.
    expect(canaryWords(built.internalTree.get('en/calendar.ics')!)).toEqual(
      expect.arrayContaining(['Canarycalmeetingen', 'Canarycalnoteen', 'Canarycaltitleen']),
    );
  });

  it('gives a public meeting the same UID in both editions', () => {
    const internalUids = new Set(events(built.internalTree.get('en/calendar.ics')).map((e) => e.uid));
    for (const event of events(built.publicTree.get('en/calendar.ics'))) expect(internalUids).toContain(event.uid);
  });

  it('leaves meetings without a day out of the calendar file, and says so on the page', () => {
    const summaries = events(built.internalTree.get('en/calendar.ics')).map((e) => e.summary);
    expect(summaries.some((s) => /Beta assembly|Beta summit|Canarymeetingen/.test(s))).toBe(false);
    expect(built.internalTree.get('en/calendar/index.html')).toContain('Meetings known only by their month, season or year');
  });
});

describe('pages', () => {
  it('has the calendar page in both languages and editions, grouped by month, with a link to its file', () => {
    for (const tree of [built.publicTree, built.internalTree]) {
      const en = tree.get('en/calendar/index.html')!;
      const fr = tree.get('fr/calendrier/index.html')!;
      expect(en).toMatch(/<html lang="en"/);
      expect(fr).toMatch(/<html lang="fr"/);
      expect(en).toContain('<h3>October 2019</h3>');
      expect(fr).toContain('<h3>octobre 2019</h3>');
      expect(en).toContain('href="/en/calendar.ics"');
      expect(fr).toContain('href="/fr/calendrier.ics"');
      expect(en.indexOf('<h2 id="calendar-upcoming">')).toBeLessThan(en.indexOf('<h2 id="calendar-past">'));
    }
  });

  it('splits an entry’s meetings into upcoming and past when it has both', () => {
    const en = built.publicTree.get('en/organizations/beta/index.html')!;
    const fr = built.publicTree.get('fr/organisations/beta/index.html')!;
    expect(en).toMatch(/<h3>Upcoming<\/h3>.*Beta workshop.*<h3>Past<\/h3>.*Beta council/s);
    expect(fr).toMatch(/<h3>À venir<\/h3>.*Atelier Bêta.*<h3>Passées<\/h3>.*Conseil Bêta/s);
  });
});
