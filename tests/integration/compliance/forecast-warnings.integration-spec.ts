import { EvaluateAllBoardsUseCase, ReviewComplianceUseCase } from '@cabinet/api/compliance';
import { eventually, Mailbox, signUpOrganization, type TestOrganization, useTestStack, withAppRole } from '@cabinet/api/testing';
import type { BoardComplianceView, BoardDetail, CompliancePackView } from '@cabinet/shared/contracts';
import { addMember, createBoard, seatId } from '../boards/board-helpers';
import { scheduleMeeting, shiftMeeting } from '../meetings/meeting-room-helpers';
import { join, type Joined } from '../organizations/organization-helpers';

const longDate = (iso: string) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

/** Two meetings a calendar year: a year window is always the running one, whatever today is, so the forecast does not hang on the test's date. */
const twoMeetings = {
  key: 'two-meetings',
  kind: 'meetings_held',
  title: 'The board meets at least twice a year',
  params: { min: 2, period: { per: 'year' } },
  source: { citation: 'Our grant terms, section 2', url: null },
};

/**
 * A board that met once this year, with nothing scheduled, will fall short of two meetings a year
 * on 31 December: its managers are told once, whatever re-evaluates it afterwards (an event, the
 * nightly sweep, two workers at once), and a new day to act is a new warning.
 */
describe('compliance forecast warnings', () => {
  let host: TestOrganization;
  let manager: Joined;
  let staff: Joined;
  let board: BoardDetail;

  const stack = useTestStack();
  const mailbox = new Mailbox();
  const year = new Date().getUTCFullYear();
  const subject = (fallsOn: string) => `Action needed by ${longDate(fallsOn)}: Harbour Peer Board`;
  const warningsTo = async (address: string) => (await mailbox.messagesTo(address)).filter((email) => email.subject.startsWith('Action needed by'));
  const compliance = async () => (await host.client.get<BoardComplianceView>(`/api/boards/${board.id}/compliance`)).body;
  const rule = (view: BoardComplianceView) => view.packs[0]?.current?.rules.find((one) => one.ruleKey === 'two-meetings');

  /** The warning rows and the emails queued for the organisation, as the app role sees them in its context. */
  const stored = () =>
    withAppRole(stack.database.appUrl, { 'app.organization_id': host.organizationId }, async (db) => ({
      warnings: (await db.query(`SELECT rule_key AS "ruleKey", to_char(falls_on, 'YYYY-MM-DD') AS "fallsOn" FROM compliance_warning WHERE board_id = $1 ORDER BY falls_on`, [board.id])).rows,
      emails: (await db.query(`SELECT count(*)::int AS n FROM outbox_message WHERE kind = 'email' AND organization_id = $1`, [host.organizationId])).rows[0].n as number,
    }));

  beforeAll(async () => {
    host = await signUpOrganization(stack.api, { name: 'Harbour Services' });
    manager = await join(stack.api, host, 'service_manager', 'Morgan');
    staff = await join(stack.api, host, 'staff', 'Kim');
    board = await createBoard(host, { name: 'Harbour Peer Board', onboardingGatesVoting: false });
    const meeting = await scheduleMeeting(host, board.id, 'Spring meeting');
    await shiftMeeting(stack.database.ownerUrl, host.organizationId, meeting.id, -180, 120, 'held');
  });

  it('tells each manager once, by email, the day the board falls out of compliance and why, in plain words', async () => {
    const pack = await host.client.post<CompliancePackView>('/api/compliance/packs', { name: 'Harbour city grant', description: '', rules: [twoMeetings] });
    expect(pack.status).toBe(201);
    expect((await host.client.post(`/api/boards/${board.id}/compliance/packs`, { packId: pack.body.id })).status).toBe(204);

    const fallsOn = `${year}-12-31`;
    const email = await mailbox.waitForSubject(manager.email, subject(fallsOn), 30_000);
    await mailbox.waitForSubject(host.email, subject(fallsOn), 30_000);
    expect(email.text).toContain(`will no longer meet one of its rules after ${longDate(fallsOn)}: not enough meetings are scheduled.`);
    expect(email.text).toContain(`/boards/${board.id}/compliance`);
    expect(rule(await compliance())).toMatchObject({ result: 'at_risk' });
    expect(await warningsTo(staff.email)).toEqual([]);
    expect((await stored()).warnings).toEqual([{ ruleKey: 'two-meetings', fallsOn }]);
  });

  it('sends nothing more when the board is evaluated again: after a change, nightly, or by two workers at once', async () => {
    const before = await stored();
    const evaluatedAt = (await compliance()).packs[0]!.current!.evaluatedAt;

    // A member joining asks the worker for a review; the rule stays at risk on the same day.
    await addMember(host, board.id, { seatTypeId: seatId(board, 'peer'), status: 'active' });
    await eventually(async () => expect((await compliance()).packs[0]!.current!.evaluatedAt).not.toBe(evaluatedAt), 30_000, 200);
    const review = stack.worker!.get(ReviewComplianceUseCase);
    await Promise.all([review.evaluate(host.organizationId, board.id), review.evaluate(host.organizationId, board.id)]);
    await stack.worker!.get(EvaluateAllBoardsUseCase).execute();

    expect(rule(await compliance())).toMatchObject({ result: 'at_risk' });
    expect(await stored()).toEqual(before);
    expect(await warningsTo(manager.email)).toHaveLength(1);
    expect(await warningsTo(host.email)).toHaveLength(1);
  });

  it('warns again for a new day to act: next year, with no meeting held or scheduled in it', async () => {
    const nextYear = new Date(Date.UTC(year + 1, 0, 10, 12));
    await stack.worker!.get(ReviewComplianceUseCase).evaluate(host.organizationId, board.id, nextYear);

    const fallsOn = `${year + 1}-12-31`;
    await mailbox.waitForSubject(manager.email, subject(fallsOn), 30_000);
    await mailbox.waitForSubject(host.email, subject(fallsOn), 30_000);
    // The year just over failed outright: nothing is left to put right there, so no warning about it.
    expect((await stored()).warnings).toEqual([
      { ruleKey: 'two-meetings', fallsOn: `${year}-12-31` },
      { ruleKey: 'two-meetings', fallsOn },
    ]);
    expect(await warningsTo(manager.email)).toHaveLength(2);
  });

  it('keeps the warnings in the board’s organisation', async () => {
    const other = await signUpOrganization(stack.api, { name: 'Elsewhere' });
    const seen = await withAppRole(stack.database.appUrl, { 'app.organization_id': other.organizationId }, async (db) => (await db.query('SELECT count(*)::int AS n FROM compliance_warning')).rows[0]);
    expect(seen).toEqual({ n: 0 });
  });
});
