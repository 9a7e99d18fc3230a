import { describe, expect, it } from 'vitest';
import { meetingUid } from './meeting-uid.ts';
import { day, forum, meeting, titleOf } from './test-meetings.ts';
import type { DatedMeeting } from './meetings.ts';

describe('meetingUid', () => {
  it('is derived from the entry, the first day and the title, not from the position', () => {
    const before = forum([meeting('IGC plenary', day('2019-10-10')), meeting('IGC retreat', day('2019-12-01'))]);
    const after = forum([
      meeting('Inserted workshop', day('2019-09-01')),
      meeting('IGC plenary', day('2019-10-10')),
      meeting('IGC retreat', day('2019-12-01')),
    ]);
    const uids = (list: DatedMeeting[]) => new Map(list.map((m) => [titleOf(m), meetingUid(m)]));
    expect(uids(after).get('IGC plenary')).toBe(uids(before).get('IGC plenary'));
    expect(uids(after).get('IGC retreat')).toBe(uids(before).get('IGC retreat'));
    expect(uids(before).get('IGC plenary')).toMatch(/^forums-igc-20191010-[0-9a-f]{10}@binder$/);
  });

  it('differs between meetings of the same entry on the same day', () => {
    const [a, b] = forum([meeting('Plenary', day('2019-10-10')), meeting('Side event', day('2019-10-10'))]);
    expect(meetingUid(a!)).not.toBe(meetingUid(b!));
  });
});
