import type { MeetingDetail } from '@cabinet/shared/contracts';

/** How often the meeting page refreshes attendance, quorum and motions while the meeting runs. */
export const LIVE_REFRESH_MS = 4000;

/** The meeting room opens an hour before the start, as the API allows attendance and motions. */
const OPENS_BEFORE_MS = 60 * 60 * 1000;

/**
 * Whether the meeting is on now (from an hour before its start until its end, while scheduled):
 * the time when attendance, quorum and motions change from minute to minute, from other people's
 * devices, and the meeting page keeps them fresh.
 */
export function meetingRunning(meeting: Pick<MeetingDetail, 'status' | 'startsAt' | 'endsAt'>, now: number): boolean {
  return meeting.status === 'scheduled' && now >= Date.parse(meeting.startsAt) - OPENS_BEFORE_MS && now <= Date.parse(meeting.endsAt);
}
