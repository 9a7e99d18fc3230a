/** The calendar file's event UIDs (RFC 5545, 3.8.4.7). */
import { createHash } from 'node:crypto';
import { unwrap } from '../../core/redactable.ts';
import type { DatedMeeting } from './meetings.ts';

/**
 * A UID that stays with its meeting when others are added, moved or removed: the entry, the first
 * day and a short hash of the English title, never a position in a list. Calendar applications
 * update an event in place when a new file brings the same UID (RFC 5545, 3.8.4.7).
 */
export function meetingUid(m: DatedMeeting): string {
  const title = unwrap(m.meeting.title);
  const english = title.state === 'redacted' ? title.markers.join(' ') : title.value.en;
  const hash = createHash('sha256')
    .update(JSON.stringify([m.collection, m.id, m.start, english]))
    .digest('hex')
    .slice(0, 10);
  return `${m.collection}-${m.id}-${m.start.replaceAll('-', '')}-${hash}@binder`;
}
