import { webLink } from '@cabinet/api/identity';
import type { Meeting } from '../entities/meeting.entity';
import type { IcsEvent } from './ics';

/** A meeting as a calendar entry. Its summary names the board only: a calendar preview says nothing of what the board is for. */
export function meetingEvent(meeting: Meeting, boardName: string, appUrl: string): IcsEvent {
  const url = webLink(appUrl, `/boards/${meeting.boardId}/meetings/${meeting.id}`);
  return {
    uid: `${meeting.id}@cabinet`,
    sequence: meeting.sequence,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    timeZone: meeting.timeZone,
    title: `${boardName}: ${meeting.title}`,
    location: [meeting.location, meeting.onlineUrl].filter(Boolean).join(' · ') || null,
    url,
    description: meeting.status === 'cancelled' ? `Cancelled.${meeting.cancelReason ? ` ${meeting.cancelReason}` : ''}` : `Details and your answer: ${url}`,
    cancelled: meeting.status === 'cancelled',
    updatedAt: meeting.updatedAt,
  };
}
