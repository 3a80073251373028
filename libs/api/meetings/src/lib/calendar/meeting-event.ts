import { webLink } from '@cabinet/api/identity';
import type { Meeting } from '../entities/meeting.entity';
import type { IcsEvent } from './ics';

/**
 * A meeting as a calendar entry. Its summary names the board only: phones show it in calendar alerts and on lock
 * screens, and a meeting's title ("HIV testing week") may say what the board is about. The title is in the description.
 */
export function meetingEvent(meeting: Meeting, boardName: string, appUrl: string): IcsEvent {
  const url = webLink(appUrl, `/boards/${meeting.boardId}/meetings/${meeting.id}`);
  return {
    uid: `${meeting.id}@cabinet`,
    sequence: meeting.sequence,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    timeZone: meeting.timeZone,
    title: boardName,
    location: [meeting.location, meeting.onlineUrl].filter(Boolean).join(' · ') || null,
    url,
    description: meeting.status === 'cancelled'
      ? `${meeting.title}. Cancelled.${meeting.cancelReason ? ` ${meeting.cancelReason}` : ''}`
      : `${meeting.title}. Details and your answer: ${url}`,
    cancelled: meeting.status === 'cancelled',
    updatedAt: meeting.updatedAt,
  };
}
