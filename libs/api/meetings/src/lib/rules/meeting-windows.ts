import { DomainError } from '@cabinet/api/core';
import type { Meeting } from '../entities/meeting.entity';

/** Attendance opens an hour before the start, as people arrive. */
export const ATTENDANCE_OPENS_MS = 60 * 60 * 1000;

/**
 * Organisers record attendance from an hour before the start, and afterwards to correct it
 * (until the minutes are approved, once minutes exist). A cancelled meeting has none.
 */
export function assertAttendanceOpen(meeting: Meeting, now: Date): void {
  if (meeting.status === 'cancelled') throw DomainError.invalid('status', 'is cancelled: a cancelled meeting has no attendance');
  if (now.getTime() < meeting.startsAt.getTime() - ATTENDANCE_OPENS_MS) throw DomainError.invalid('status', 'is not open yet: attendance opens an hour before the meeting starts');
}

/** A member marks themselves in while the meeting runs (from an hour before until its end, unless already closed as held). */
export function canMarkSelf(meeting: Meeting, now: Date): boolean {
  return meeting.status === 'scheduled' && now.getTime() >= meeting.startsAt.getTime() - ATTENDANCE_OPENS_MS && now <= meeting.endsAt;
}

/** A meeting can be marked held once it has started. */
export function canMarkHeld(meeting: Meeting, now: Date): boolean {
  return meeting.status === 'scheduled' && now >= meeting.startsAt;
}

/** Motions are opened and voted on in the meeting itself: from an hour before the start until it is marked held. */
export function assertMeetingRunning(meeting: Meeting, now: Date, field = 'status'): void {
  if (meeting.status !== 'scheduled') throw DomainError.invalid(field, `is closed: this meeting was ${meeting.status}`);
  if (now.getTime() < meeting.startsAt.getTime() - ATTENDANCE_OPENS_MS) throw DomainError.invalid(field, 'is not open yet: motions are taken in the meeting');
}
