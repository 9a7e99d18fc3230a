import { describe, expect, it } from 'vitest';
import { formatTime, formatTimeWindow, timeZoneName, zonedInstant } from './format-time.ts';

const nbsp = '\u00a0';

describe('formatTime', () => {
  it('writes Canadian times: "3:30 p.m." / "15 h 30", minutes left out on the hour', () => {
    expect(formatTime({ hour: 15, minute: 30 }, 'en')).toBe('3:30 p.m.');
    expect(formatTime({ hour: 15, minute: 30 }, 'fr')).toBe(`15${nbsp}h${nbsp}30`);
    expect(formatTime({ hour: 9, minute: 0 }, 'en')).toBe('9 a.m.');
    expect(formatTime({ hour: 9, minute: 0 }, 'fr')).toBe(`9${nbsp}h`);
    expect(formatTime({ hour: 9, minute: 5 }, 'fr')).toBe(`9${nbsp}h${nbsp}05`);
  });
});

describe('formatTimeWindow', () => {
  it('writes a window "to" / "de … à"', () => {
    const window = { start: { hour: 15, minute: 30 }, end: { hour: 17, minute: 30 } };
    expect(formatTimeWindow(window, 'en')).toBe('3:30 p.m. to 5:30 p.m.');
    expect(formatTimeWindow(window, 'fr')).toBe(`de 15${nbsp}h${nbsp}30 à 17${nbsp}h${nbsp}30`);
  });

  it('writes one time when there is no end', () => {
    expect(formatTimeWindow({ start: { hour: 15, minute: 30 } }, 'fr')).toBe('15\u00a0h\u00a030');
  });
});

describe('zonedInstant', () => {
  const at = (iso: string) => new Date(iso).toISOString();
  it('reads a summer time in Ottawa as EDT (UTC−4) and a winter one as EST (UTC−5)', () => {
    expect(zonedInstant({ year: 2019, month: 7, day: 29 }, { hour: 15, minute: 30 }, 'America/Toronto').toISOString()).toBe(
      at('2019-07-29T19:30:00Z'),
    );
    expect(zonedInstant({ year: 2019, month: 1, day: 29 }, { hour: 15, minute: 30 }, 'America/Toronto').toISOString()).toBe(
      at('2019-01-29T20:30:00Z'),
    );
  });

  it('reads other zones, east of UTC and without daylight saving time', () => {
    expect(zonedInstant({ year: 2025, month: 9, day: 3 }, { hour: 9, minute: 0 }, 'Europe/Zurich').toISOString()).toBe(
      at('2025-09-03T07:00:00Z'),
    );
    expect(zonedInstant({ year: 2025, month: 9, day: 3 }, { hour: 9, minute: 0 }, 'America/Regina').toISOString()).toBe(
      at('2025-09-03T15:00:00Z'),
    );
    expect(zonedInstant({ year: 2025, month: 9, day: 3 }, { hour: 9, minute: 0 }, 'UTC').toISOString()).toBe(at('2025-09-03T09:00:00Z'));
  });

  it('reads a time the spring change skips with the offset before the change', () => {
    expect(zonedInstant({ year: 2019, month: 3, day: 10 }, { hour: 2, minute: 30 }, 'America/Toronto').toISOString()).toBe(
      at('2019-03-10T07:30:00Z'),
    );
  });
});

describe('timeZoneName', () => {
  it('names a zone in the reader’s language', () => {
    const instant = new Date('2025-09-03T07:00:00Z');
    expect(timeZoneName('Europe/Zurich', instant, 'en')).toBe('Central European Time');
    expect(timeZoneName('Europe/Zurich', instant, 'fr')).toBe('heure de l’Europe centrale');
  });
});
