import { AnswerByLinkUseCase } from '@cabinet/api/meetings';
import { Mailbox, signUpOrganization, TestClient, type TestOrganization, useTestStack, withAppRole } from '@cabinet/api/testing';
import { createHash } from 'node:crypto';
import type { BoardDetail, MeetingDetail, MeetingSummary, RsvpLinkView } from '@cabinet/shared/contracts';
import { addMember, createBoard, fieldsOf, put, seatId } from '../boards/board-helpers';

const DAY = 86_400_000;
const BOARD = 'Northside Community Board';

function localAhead(days: number, time: string): string {
  return `${new Date(Date.now() + days * DAY).toISOString().slice(0, 10)}T${time}`;
}

/** The secret of an email's answer link. */
function rsvpToken(text: string, answer: 'yes' | 'no' | 'maybe'): string {
  const match = new RegExp(`/rsvp/([A-Za-z0-9_-]+)\\?answer=${answer}`).exec(text);
  if (!match?.[1]) throw new Error(`No ${answer} link in:\n${text}`);
  return match[1];
}

describe('answering a meeting from the email link, without signing in', () => {
  let manager: TestOrganization;
  let board: BoardDetail;
  let member: { id: string; email: string };
  let meeting: MeetingSummary;
  let token: string;
  const mailbox = new Mailbox();
  const anonymous = () => new TestClient(stack.api);

  const stack = useTestStack();

  async function schedule(daysAhead: number): Promise<MeetingSummary> {
    const created = await manager.client.post<MeetingSummary[]>(`/api/boards/${board.id}/meetings`, {
      title: 'Spring meeting', startsAt: localAhead(daysAhead, '18:30'), timeZone: 'Europe/Lisbon', durationMinutes: 60, format: 'online', onlineUrl: 'https://meet.example.org/northside',
    });
    expect(created.status).toBe(201);
    return created.body[0]!;
  }

  const detail = async (meetingId: string) => (await manager.client.get<MeetingDetail>(`/api/boards/${board.id}/meetings/${meetingId}`)).body;

  beforeAll(async () => {
    manager = await signUpOrganization(stack.api, { name: 'Northside Services' });
    board = await createBoard(manager, { name: BOARD });
    await addMember(manager, board.id, { userId: manager.userId, seatTypeId: seatId(board, 'peer'), status: 'active' });
    const added = await addMember(manager, board.id, { seatTypeId: seatId(board, 'peer'), status: 'active' });
    member = { id: added.id, email: added.email! };
    meeting = await schedule(10);
    token = rsvpToken((await mailbox.waitForSubject(member.email, `Board meeting: ${BOARD}`)).text, 'maybe');
  });

  it('puts Yes, No and Maybe links in the invitation, one secret for the three', async () => {
    const invitation = await mailbox.waitForSubject(member.email, `Board meeting: ${BOARD}`);
    expect(rsvpToken(invitation.text, 'yes')).toBe(token);
    expect(rsvpToken(invitation.text, 'no')).toBe(token);
    expect(invitation.html).toContain(`/rsvp/${token}?answer=yes`);
  });

  it('shows what the link is for, and reading it changes nothing (mail scanners open links)', async () => {
    const response = await anonymous().get<RsvpLinkView>(`/api/rsvp/${token}`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ boardName: BOARD, title: 'Spring meeting', startsAt: meeting.startsAt, endsAt: meeting.endsAt, timeZone: 'Europe/Lisbon', status: 'scheduled', open: true, response: null });
    expect((await detail(meeting.id)).rsvps.find((r) => r.memberId === member.id)?.response ?? null).toBeNull();
  });

  it('records the answer on confirmation, and a second answer replaces the first', async () => {
    const maybe = await anonymous().post<RsvpLinkView>(`/api/rsvp/${token}`, { response: 'maybe' });
    expect(maybe.status).toBe(200);
    expect(maybe.body.response).toBe('maybe');
    expect((await detail(meeting.id)).rsvps.find((r) => r.memberId === member.id)?.response).toBe('maybe');
    expect((await anonymous().post<RsvpLinkView>(`/api/rsvp/${token}`, { response: 'yes' })).body.response).toBe('yes');
    expect((await detail(meeting.id)).counts).toMatchObject({ yes: 1 });
  });

  it('keeps the access needs given in the app', async () => {
    const mine = await mailbox.waitForSubject(manager.email, `Board meeting: ${BOARD}`);
    expect((await put(manager.client, `/api/boards/${board.id}/meetings/${meeting.id}/rsvp`, { response: 'yes', needs: ['interpretation'] })).status).toBe(200);
    expect((await anonymous().post(`/api/rsvp/${rsvpToken(mine.text, 'no')}`, { response: 'no' })).status).toBe(200);
    const answer = (await detail(meeting.id)).rsvps.find((r) => r.response === 'no');
    expect(answer?.needs).toEqual(['interpretation']);
  });

  it('refuses an answer that is not yes, no or maybe, naming the field', async () => {
    const response = await anonymous().post(`/api/rsvp/${token}`, { response: 'perhaps' });
    expect([400, 422]).toContain(response.status);
    expect(fieldsOf(response)).toEqual(['response']);
  });

  it('answers 404 for an unknown or malformed link', async () => {
    expect((await anonymous().get(`/api/rsvp/${'x'.repeat(43)}`)).status).toBe(404);
    expect((await anonymous().post(`/api/rsvp/${'x'.repeat(43)}`, { response: 'yes' })).status).toBe(404);
    expect((await anonymous().get('/api/rsvp/short')).status).toBe(404);
  });

  it('lets the link\'s secret open that one answer and nothing else in the database', async () => {
    const other = await schedule(12);
    const seen = await withAppRole(stack.database.appUrl, { 'app.rsvp_token_hash': createHash('sha256').update(token).digest('hex') }, async (db) => ({
      meetings: (await db.query(`SELECT id FROM meeting WHERE board_id = $1`, [board.id])).rows.map((r) => r.id),
      boards: (await db.query(`SELECT id FROM board`)).rows.length,
      members: (await db.query(`SELECT id FROM board_member`)).rows.map((r) => r.id),
      answers: (await db.query(`SELECT member_id FROM meeting_rsvp`)).rows.map((r) => r.member_id),
      deleted: (await db.query(`DELETE FROM meeting_rsvp`)).rowCount,
      others: (await db.query(`SELECT 1 FROM meeting_rsvp_link WHERE meeting_id = $1`, [other.id])).rows.length,
    }));
    expect(seen).toEqual({ meetings: [meeting.id], boards: 1, members: [member.id], answers: [member.id], deleted: 0, others: 0 });
  });

  it('shows a cancelled meeting as closed and refuses answers to it', async () => {
    const later = await schedule(14);
    const invitations = await eventuallyInvited(later.startsAt);
    const link = rsvpToken(invitations, 'yes');
    expect((await manager.client.post(`/api/boards/${board.id}/meetings/${later.id}/cancel`, { scope: 'occurrence', reason: null })).status).toBe(200);
    const view = await anonymous().get<RsvpLinkView>(`/api/rsvp/${link}`);
    expect(view.body).toMatchObject({ status: 'cancelled', open: false });
    const refused = await anonymous().post(`/api/rsvp/${link}`, { response: 'yes' });
    expect(refused.status).toBe(422);
    expect(fieldsOf(refused)).toEqual(['response']);
  });

  it('closes the link once the meeting has ended', async () => {
    const links = stack.api.get(AnswerByLinkUseCase, { strict: false });
    const after = new Date(new Date(meeting.endsAt).getTime() + 1_000);
    expect(await links.view(token, after)).toMatchObject({ status: 'past', open: false });
    await expect(links.answer(token, { response: 'no' }, after)).rejects.toMatchObject({ status: 422 });
  });

  /** The invitation text of the meeting starting at that instant (the member gets one per meeting). */
  async function eventuallyInvited(startsAt: string): Promise<string> {
    const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Lisbon' }).format(new Date(startsAt));
    const deadline = Date.now() + 15_000;
    for (;;) {
      const found = (await mailbox.messagesTo(member.email)).find((m) => m.subject === `Board meeting: ${BOARD}` && m.text.includes(day));
      if (found) return found.text;
      if (Date.now() > deadline) throw new Error(`No invitation for ${day}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
});
