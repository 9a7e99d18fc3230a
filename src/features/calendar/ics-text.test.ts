import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { foldOctets, icsText } from './ics-text.ts';

describe('foldOctets', () => {
  it('unfolds the lines it is given before folding them again', () => {
    expect(foldOctets('A:1\r\n\t2\r\nB:3\r\n')).toBe('A:12\r\nB:3\r\n');
  });
});

describe('icsText', () => {
  it('escapes backslashes, semicolons, commas and newlines (RFC 5545, 3.3.11), and reads back through ical.js', () => {
    const text = 'Ottawa, ON; room 2\\B\nsecond line\r\nthird';
    expect(icsText(text)).toBe('Ottawa\\, ON\\; room 2\\\\B\\nsecond line\\nthird');
    const parsed = ICAL.parse(
      `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:${icsText(text)}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`,
    ) as unknown[];
    const event = new ICAL.Component(parsed).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('summary')).toBe('Ottawa, ON; room 2\\B\nsecond line\nthird');
  });
});
