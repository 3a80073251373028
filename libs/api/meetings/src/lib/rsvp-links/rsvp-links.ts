import type { EntityManager } from 'typeorm';
import { hashToken, newToken, webLink } from '@cabinet/api/identity';
import type { RsvpResponse } from '@cabinet/shared/contracts';
import { MeetingRsvpLink } from '../entities/meeting-rsvp-link.entity';

/** The three answer links of one email: each opens the web page that asks to confirm that answer. */
export type RsvpLinks = Record<RsvpResponse, string>;

/**
 * Makes a fresh answer link for one member and one meeting, in the caller's transaction (so it
 * exists only if the email does), and returns its "Yes / No / Maybe" addresses. Only the secret's
 * hash is stored; the secret is in the email alone. A GET of the page changes nothing: mail
 * scanners follow links, so the page asks the person to confirm.
 */
export async function makeRsvpLinks(
  m: EntityManager,
  appUrl: string,
  meeting: { id: string; organizationId: string; boardId: string },
  memberId: string,
): Promise<RsvpLinks> {
  const token = newToken();
  await m.insert(MeetingRsvpLink, { tokenHash: hashToken(token), meetingId: meeting.id, memberId, organizationId: meeting.organizationId, boardId: meeting.boardId });
  const link = (answer: RsvpResponse) => webLink(appUrl, `/rsvp/${token}`, { answer });
  return { yes: link('yes'), no: link('no'), maybe: link('maybe') };
}
