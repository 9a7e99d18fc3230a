/**
 * Meeting attendees in the calendar files, built for real from the canary fixture: a meeting whose
 * only withheld detail is an attendee (a person withheld as a whole; a person whose name is
 * redacted) is left out of the public .ics in both languages, and none of its people's words reach
 * any public .ics; the internal .ics names them in the event's description, flagged. The demo
 * binder's public attendees are checked by the unit tests (src/features/calendar/).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEditions, projectRoot, tempWorkdir } from './helpers.ts';

const content = path.join(projectRoot, 'tests/fixtures/canary/content');
const workdir = tempWorkdir('calendar-attendees');
const icsFiles = ['en/calendar.ics', 'fr/calendrier.ics'];

const built = buildEditions(content, workdir);

/** A calendar file with its content lines unfolded (a folded line could split a word in two). */
const unfolded = (tree: Map<string, string>, file: string) => {
  const ics = tree.get(file);
  expect(ics, file).toBeDefined();
  return ics!.replace(/\r\n[ \t]/g, '');
};
const withheldWords = /canary(withheldperson|personname)|canary-withheld-person|Alpha bureau|bureau Alpha|Alpha liaison|liaison Alpha/i;

describe('attendees in the calendar files', () => {
  it('builds both editions', () => {
    expect(built.internal.status, built.internal.stderr).toBe(0);
    expect(built.publicBuild.status, built.publicBuild.stderr).toBe(0);
  });

  it('keeps a withheld attendee, and an attendee whose name is withheld, out of every public .ics', () => {
    const files = [...built.publicTree.keys()].filter((file) => file.endsWith('.ics'));
    expect(files.sort()).toEqual([...icsFiles].sort());
    for (const file of files) {
      const ics = unfolded(built.publicTree, file);
      expect(ics, file).not.toMatch(withheldWords);
      expect(ics, file).not.toMatch(/^ATTENDEE/m);
    }
  });

  it('names them in the internal .ics, in each language, the meetings flagged', () => {
    const en = unfolded(built.internalTree, 'en/calendar.ics');
    expect(en).toContain('SUMMARY:[Withheld from the public edition] Alpha bureau call');
    expect(en).toContain('Attending: CanaryWithheldPersonName\\, CanaryWithheldPersonTitleen');
    expect(en).toContain('SUMMARY:[Withheld from the public edition] Alpha liaison meeting');
    expect(en).toContain('Attending: CanaryPersonName\\, Liaison Officer');
    const fr = unfolded(built.internalTree, 'fr/calendrier.ics');
    expect(fr).toContain('Participants\u00a0: CanaryWithheldPersonName\\, CanaryWithheldPersonTitlefr');
    expect(fr).toContain('Participants\u00a0: CanaryPersonName\\, agente de liaison');
  });

  it('says on the public calendar page that meetings with withheld details are left out of the file', () => {
    expect(built.publicTree.get('en/calendar/index.html')).toContain('left out of the calendar file');
  });
});
