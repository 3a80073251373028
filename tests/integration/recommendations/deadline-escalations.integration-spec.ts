import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { EscalateOverdueUseCase } from '@cabinet/api/recommendations';
import { eventually, Mailbox, signUpOrganization, type TestOrganization, useTestStack, withAppRole } from '@cabinet/api/testing';
import { type AgendaView, type BoardDetail, QueueName, type RecommendationDetail } from '@cabinet/shared/contracts';
import { createBoard, isoDay } from '../boards/board-helpers';
import { scheduleMeeting } from '../meetings/meeting-room-helpers';
import { auditEntries, join, type Joined } from '../organizations/organization-helpers';
import { expectOk, meetingWithMotions } from './recommendation-helpers';

const longDate = (iso: string) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

describe('deadlines: reminders, escalation and the next agenda, each once', () => {
  let host: TestOrganization;
  let board: BoardDetail;
  let lee: Joined;
  let manager: Joined;
  let carried: string;
  let nextMeetingId: string;
  let id: string;
  let dueOn: string;

  const stack = useTestStack();
  const mailbox = new Mailbox();
  const one = (suffix = '') => `/api/boards/${board.id}/recommendations/${id}${suffix}`;
  const sweep = (today: string) => stack.worker!.get(EscalateOverdueUseCase).execute(today);
  const recommendation = async () => (await host.client.get<RecommendationDetail>(one())).body;
  const cabinetSteps = async () => (await recommendation()).timeline.filter((step) => step.actorRole === null).map((step) => [step.kind, step.refId]);
  const proposals = async () => (await host.client.get<AgendaView>(`/api/boards/${board.id}/meetings/${nextMeetingId}/agenda`)).body.proposals;

  beforeAll(async () => {
    host = await signUpOrganization(stack.api, { name: 'Harbour Services' });
    board = await createBoard(host, { name: 'Harbour Peer Board', onboardingGatesVoting: false });
    lee = await join(stack.api, host, 'agency_liaison', 'Lee');
    manager = await join(stack.api, host, 'service_manager', 'Morgan');
    carried = (await meetingWithMotions(stack.database.ownerUrl, host, board, ['carried'])).motionIds[0]!;
    nextMeetingId = (await scheduleMeeting(host, board.id, 'Next meeting', 20)).id;
    const drafted = expectOk(
      await host.client.post(`/api/boards/${board.id}/recommendations`, {
        title: 'Evening opening for the needle exchange',
        body: 'Open until 8 pm on weekdays.',
        source: 'direct',
        addressedOrganizationId: host.organizationId,
        liaisonUserIds: [lee.userId],
      }),
      201,
    );
    id = drafted.id;
    expectOk(await host.client.post(one('/adopt'), { motionId: carried }));
    dueOn = expectOk(await host.client.post(one('/send'))).responseDueOn!;
  });

  it('reminds the liaison a week before and on the due day, once each, without the recommendation’s words', async () => {
    expect(await sweep(isoDay(-8, dueOn))).toMatchObject({ sent: 0 });
    expect(await sweep(isoDay(-7, dueOn))).toMatchObject({ sent: 1, emails: 1 });
    expect(await sweep(isoDay(-6, dueOn))).toMatchObject({ sent: 0, emails: 0 });
    const soon = await mailbox.waitForSubject(lee.email, `Due on ${longDate(dueOn)}`);
    expect(soon.text).toContain(one().replace('/api', ''));
    expect(`${soon.subject} ${soon.text}`).not.toContain('needle');

    expect(await sweep(dueOn)).toMatchObject({ sent: 1, emails: 1 });
    await mailbox.waitForSubject(lee.email, 'Due today');
    expect(await sweep(dueOn)).toMatchObject({ sent: 0 });
    expect((await mailbox.messagesTo(manager.email)).filter((email) => email.subject.includes('Harbour Peer Board'))).toEqual([]);
    expect(await cabinetSteps()).toEqual([['reminded', null], ['reminded', null]]);
  });

  it('proposes the late answer for the next meeting the day after, and tells the managers a week late, once even when two sweeps race', async () => {
    const first = await Promise.all([sweep(isoDay(1, dueOn)), sweep(isoDay(1, dueOn))]);
    expect(first.map((run) => [run.sent, run.proposed]).sort()).toEqual([[0, 0], [0, 1]]);
    expect(await sweep(isoDay(2, dueOn))).toMatchObject({ proposed: 0 });
    const [item] = await proposals();
    expect(item).toMatchObject({ title: 'Late answer: Evening opening for the needle exchange', status: 'proposed', proposedBy: null, kind: 'discussion' });

    const raced = await Promise.all([sweep(isoDay(7, dueOn)), sweep(isoDay(7, dueOn))]);
    expect(raced.map((run) => run.sent).sort()).toEqual([0, 1]);
    expect(await sweep(isoDay(9, dueOn))).toMatchObject({ sent: 0, proposed: 0 });
    const escalations = async (address: string) => (await mailbox.messagesTo(address)).filter((email) => email.subject.startsWith('Late by a week'));
    await mailbox.waitForSubject(manager.email, 'Late by a week');
    await mailbox.waitForSubject(host.email, 'Late by a week');
    expect(await escalations(manager.email)).toHaveLength(1);
    expect(await escalations(lee.email)).toHaveLength(0);
    expect(await cabinetSteps()).toEqual([['reminded', null], ['reminded', null], ['proposed_for_agenda', null], ['escalated', null]]);
    expect(await proposals()).toHaveLength(1);

    const audit = (await auditEntries(stack.database.appUrl, host.organizationId)).filter((entry) => entry.entity_id === id && entry.action.startsWith('recommendation.'));
    expect(audit.map((entry) => entry.action).slice(-4)).toEqual(['recommendation.reminded', 'recommendation.reminded', 'recommendation.proposed_for_agenda', 'recommendation.escalated']);
  });

  it('follows milestones the same way, and stops once one is done', async () => {
    expectOk(await lee.client.post(one('/responses'), { decision: 'partly_accepted', reasons: 'Weekdays until 7 pm; 8 pm needs more staff.' }), 201);
    expect(await sweep(isoDay(30, dueOn))).toMatchObject({ found: 0 });
    // More than a week ahead, so the worker's own start-up sweep (run on the real today) leaves it alone.
    const milestoneDue = isoDay(10);
    const planned = expectOk(await lee.client.post(one('/milestones'), { title: 'Hire an evening worker', owner: 'Service manager', dueOn: milestoneDue }), 201);
    const hire = planned.milestones.find((step) => step.title === 'Hire an evening worker')!;
    expectOk(await lee.client.post(one('/milestones'), { title: 'Open until 7 pm', owner: 'Coordinator', dueOn: isoDay(60) }), 201);

    // A worker down for a week: only the escalation goes out, not the stale reminders.
    expect(await sweep(isoDay(7, milestoneDue))).toMatchObject({ found: 1, sent: 1, proposed: 1 });
    expect(await sweep(isoDay(7, milestoneDue))).toMatchObject({ sent: 0, proposed: 0 });
    const late = await eventually(async () => {
      const emails = (await mailbox.messagesTo(manager.email)).filter((email) => email.subject.startsWith('Late by a week'));
      expect(emails).toHaveLength(2);
      return emails;
    });
    const escalation = late.find((email) => email.text.includes('A step your organisation promised Harbour Peer Board'));
    expect(escalation).toBeDefined();
    expect(`${escalation!.subject} ${escalation!.text}`).not.toContain('evening');
    expect((await cabinetSteps()).slice(-2)).toEqual([['escalated', hire.id], ['proposed_for_agenda', hire.id]]);
    expect((await proposals()).map((item) => item.title)).toContain('Late step: Hire an evening worker');

    expectOk(await lee.client.post(one(`/milestones/${hire.id}/done`)));
    expect(await sweep(isoDay(20, milestoneDue))).toMatchObject({ found: 0, sent: 0 });
  });

  it('runs daily from the worker, with a job that names the sweep and nothing else', async () => {
    const queue = stack.worker!.get<Queue>(getQueueToken(QueueName.RecommendationSchedules), { strict: false });
    expect(await eventually(() => queue.getJobScheduler('recommendation-deadlines-daily'))).toMatchObject({ pattern: '0 6 * * *', tz: 'UTC', template: { data: { sweep: 'deadlines' } } });
    await eventually(async () => expect(await queue.getCompletedCount()).toBeGreaterThan(0), 20_000);
    const [job] = await queue.getCompleted();
    expect(job!.data).toEqual({ sweep: 'deadlines' });
  });

  it('records each notice in the host’s tenancy only', async () => {
    const other = await signUpOrganization(stack.api, { name: 'Elsewhere' });
    const seen = await withAppRole(stack.database.appUrl, { 'app.organization_id': other.organizationId }, async (db) => (await db.query('SELECT count(*)::int AS n FROM recommendation_notice')).rows[0]);
    expect(seen).toEqual({ n: 0 });
    const mine = await withAppRole(stack.database.appUrl, { 'app.organization_id': host.organizationId }, async (db) => (await db.query('SELECT kind FROM recommendation_notice ORDER BY sent_at, kind')).rows.map((row) => row['kind']));
    expect(mine).toEqual(expect.arrayContaining(['response_due_soon', 'response_due', 'response_agenda', 'response_escalated', 'milestone_escalated', 'milestone_agenda']));
    expect(mine).toHaveLength(6);
  });
});
