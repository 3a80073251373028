import { type EntityManager, In } from 'typeorm';
import { DomainError } from '@cabinet/api/core';
import type { Meeting } from '../entities/meeting.entity';
import { Minutes } from '../entities/minutes.entity';
import { assertAttendanceOpen } from '../rules/meeting-windows';

/**
 * Organisers record and correct attendance (members and guests) while it is open, and until the
 * minutes that record it are approved: after that, the approved record is what stands.
 */
export async function assertAttendanceEditable(m: EntityManager, meeting: Meeting, now: Date): Promise<void> {
  assertAttendanceOpen(meeting, now);
  if (await m.existsBy(Minutes, { meetingId: meeting.id, status: In(['approved', 'published']) })) {
    throw DomainError.invalid('status', 'is settled: the minutes that record this meeting’s attendance are approved');
  }
}
