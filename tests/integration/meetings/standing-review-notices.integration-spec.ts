import { Mailbox, signUpOrganization, type TestOrganization, useTestStack, withAppRole } from '@cabinet/api/testing';
import type { BoardDetail, MeetingSummary } from '@cabinet/shared/contracts';
import { addMember, createBoard, seatId } from '../boards/board-helpers';
import { recordAttendance, scheduleMeeting, shiftMeeting } from './meeting-room-helpers';

describe('standing reviews raised by attendance', () => {
  let manager: TestOrganization;
  let board: BoardDetail;
  let ana: string;
  let bo: string;
  const mailbox = new Mailbox();
  const stack = useTestStack();

  /** A meeting that started `daysAgo` days ago, with this attendance, then marked held. */
  async function heldMeeting(daysAgo: number, statuses: Record<string, string>): Promise<MeetingSummary> {
    const meeting = await scheduleMeeting(manager, board.id, `Meeting ${daysAgo} days ago`);
    await shiftMeeting(stack.database.ownerUrl, manager.organizationId, meeting.id, -daysAgo * 24 * 60 - 30);
    await recordAttendance(manager, board.id, meeting.id, statuses);
    const held = await manager.client.post(`/api/boards/${board.id}/meetings/${meeting.id}/held`);
    expect(held.status).toBe(200);
    return meeting;
  }

  const reviewEmails = async () => (await mailbox.messagesTo(manager.email)).filter((email) => email.subject === 'A standing review is due on Harbour Peer Board');

  async function raisedRows(): Promise<Array<{ member_id: string; absences: number }>> {
    return withAppRole(stack.database.appUrl, { 'app.organization_id': manager.organizationId }, async (db) => (await db.query(`SELECT member_id, absences FROM standing_review ORDER BY raised_at`)).rows);
  }

  beforeAll(async () => {
    manager = await signUpOrganization(stack.api, { name: 'Harbour Services' });
    // More than one unexcused absence in six months trips the rule.
    board = await createBoard(manager, { name: 'Harbour Peer Board', onboardingGatesVoting: false, standingAbsences: 1, standingMonths: 6 });
    ana = (await addMember(manager, board.id, { seatTypeId: seatId(board, 'peer'), status: 'active', displayName: 'Ana' })).id;
    bo = (await addMember(manager, board.id, { seatTypeId: seatId(board, 'peer'), status: 'active', displayName: 'Bo' })).id;
  });

  it('tells the managers once when a held meeting takes a member past the rule, naming them only in the body', async () => {
    await heldMeeting(40, { [ana]: 'absent', [bo]: 'excused' });
    expect(await raisedRows()).toEqual([]);

    await heldMeeting(10, { [ana]: 'absent', [bo]: 'absent' });
    const email = await mailbox.waitForSubject(manager.email, 'A standing review is due on Harbour Peer Board');
    expect(email.text).toContain('Ana has missed 2 meetings of Harbour Peer Board');
    expect(email.text).toContain(`/boards/${board.id}/meetings`);
    expect(await raisedRows()).toEqual([{ member_id: ana, absences: 2 }]);
  });

  it('does not raise the same member again within the window, even as absences grow or attendance is corrected', async () => {
    const third = await heldMeeting(3, { [ana]: 'absent', [bo]: 'present' });
    // A correction to a held meeting is checked too; Bo's excused absence is not counted.
    await recordAttendance(manager, board.id, third.id, { [bo]: 'excused' });

    expect(await raisedRows()).toEqual([{ member_id: ana, absences: 2 }]);
    // Give the worker time to deliver anything it wrongly queued.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await reviewEmails()).toHaveLength(1);
  });

  it('raises a member whose correction takes them past the rule', async () => {
    const meeting = await heldMeeting(2, { [bo]: 'present' });
    await recordAttendance(manager, board.id, meeting.id, { [bo]: 'absent' });

    expect(await raisedRows()).toEqual([
      { member_id: ana, absences: 2 },
      { member_id: bo, absences: 2 },
    ]);
    const deadline = Date.now() + 15_000;
    while ((await reviewEmails()).length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await reviewEmails()).map((email) => email.text.match(/^(\w+) has missed/m)?.[1]).sort()).toEqual(['Ana', 'Bo']);
  });
});
