import { In, type EntityManager } from 'typeorm';
import { BoardMember, derivedEmailId } from '@cabinet/api/boards';
import { AppUser } from '@cabinet/api/identity';
import { queueEmail } from '@cabinet/api/notifications';
import { isLocale, type Locale, SEATED_STATUSES } from '@cabinet/shared/contracts';
import { icsCalendar } from '../calendar/ics';
import { meetingEvent } from '../calendar/meeting-event';
import type { Meeting } from '../entities/meeting.entity';
import { makeRsvpLinks } from '../rsvp-links/rsvp-links';

/** Someone a meeting email goes to: a seated member, at their own account's address when it is visible. */
export interface MeetingRecipient {
  memberId: string;
  to: string;
  locale: Locale;
}

/**
 * Everyone seated on the board (guests, members, members on leave) who has an address: their
 * account's when it is linked and visible in the current context (accounts are visible in their
 * own organisation only), else the address on the board. Members without either are left out.
 */
export async function seatedRecipients(m: EntityManager, boardId: string): Promise<MeetingRecipient[]> {
  const members = await m.find(BoardMember, { where: { boardId, status: In([...SEATED_STATUSES]) }, order: { id: 'ASC' } });
  const userIds = members.map((member) => member.userId).filter((id): id is string => !!id);
  const accounts = userIds.length ? await m.find(AppUser, { where: { id: In(userIds) } }) : [];
  const recipients: MeetingRecipient[] = [];
  for (const member of members) {
    const account = accounts.find((a) => a.id === member.userId && !a.erasedAt && a.email);
    const to = account?.email ?? member.email;
    if (to) recipients.push({ memberId: member.id, to, locale: account && isLocale(account.locale) ? account.locale : 'en' });
  }
  return recipients;
}

/**
 * Emails everyone on the board (guests, members, members on leave), or only the member `onlyMemberId`,
 * about scheduled, moved or cancelled meetings, each with the calendar file, in the caller's
 * transaction (the outbox sends them once it commits). Fixed ids: the same change is never announced twice.
 */
export async function queueMeetingEmails(
  m: EntityManager,
  appUrl: string,
  board: { id: string; name: string; organizationId: string },
  meetings: Meeting[],
  change: 'scheduled' | 'moved' | 'cancelled',
  onlyMemberId?: string,
): Promise<number> {
  const first = meetings[0];
  if (!first) return 0;
  const recipients = (await seatedRecipients(m, board.id)).filter((r) => !onlyMemberId || r.memberId === onlyMemberId);
  const calendar = { filename: 'meeting.ics', content: icsCalendar({ name: board.name, events: meetings.map((meeting) => meetingEvent(meeting, board.name, appUrl)) }) };
  const url = `${appUrl.replace(/\/+$/, '')}/boards/${board.id}/meetings/${first.id}`;
  let queued = 0;
  for (const { memberId, to, locale } of recipients) {
    // Answer links for the (first) meeting the email names; a cancellation asks nothing.
    const answer = change === 'cancelled' ? null : await makeRsvpLinks(m, appUrl, first, memberId);
    await queueEmail(m, {
      id: derivedEmailId('meeting-email', first.id, change, first.sequence, meetings.length, memberId),
      to,
      template: 'meeting-invitation',
      locale,
      organizationId: board.organizationId,
      data: { boardName: board.name, change, startsAt: first.startsAt.toISOString(), timeZone: first.timeZone, count: meetings.length, place: first.location, online: !!first.onlineUrl, url, answer },
      calendar,
    });
    queued++;
  }
  return queued;
}
