import type { MeetingSummary } from '@cabinet/shared/contracts';

/** Meetings that have taken place (or are under way), latest first: where a board adopts or reviews. */
export function pastMeetings(meetings: readonly MeetingSummary[], now = Date.now()): MeetingSummary[] {
  return meetings.filter((meeting) => meeting.status !== 'cancelled' && Date.parse(meeting.startsAt) <= now).reverse();
}
