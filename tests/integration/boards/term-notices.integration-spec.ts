import { randomUUID } from 'node:crypto';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { Client } from 'pg';
import { SendTermNoticesUseCase } from '@cabinet/api/boards';
import { eventually, Mailbox, signUpOrganization, type TestOrganization, useTestStack } from '@cabinet/api/testing';
import { QueueName } from '@cabinet/shared/contracts';

const isoDay = (offsetDays: number): string => {
  const d = new Date();
  d.setUTCHours(0, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() + offsetDays);
  return d.toISOString().slice(0, 10);
};
const longDate = (iso: string) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('term-ending notices', () => {
  let owner: Client;
  // Closed before the stack drops the database (hooks of one block run in registration order; afterAll in reverse).
  afterAll(async () => owner?.end());
  const stack = useTestStack();
  const mailbox = new Mailbox();
  const today = isoDay(0);
  const boardName = 'Harbour Advisory Board';

  let host: TestOrganization;
  let partner: TestOrganization;
  let serviceManagerEmail: string;
  let staffEmail: string;
  let boardId: string;
  let seatTypeId: string;

  /** Fixtures as the schema owner, which row-level security also binds: in the host's context. */
  const asHost = async <T>(work: () => Promise<T>): Promise<T> => {
    await owner.query('BEGIN');
    try {
      await owner.query(`SELECT set_config('app.organization_id', $1, true)`, [host.organizationId]);
      const result = await work();
      await owner.query('COMMIT');
      return result;
    } catch (error) {
      await owner.query('ROLLBACK');
      throw error;
    }
  };

  const addPerson = (role: string, locale: string) =>
    asHost(async () => {
      const email = `${role}-${randomUUID()}@example.org`;
      // Made here: the new account is not readable back (RETURNING) until its membership exists.
      const userId = randomUUID();
      await owner.query(`INSERT INTO app_user (id, email, display_name, locale, email_verified_at) VALUES ($1, $2, 'Colleague', $3, now())`, [userId, email, locale]);
      await owner.query(`INSERT INTO membership (organization_id, user_id, role) VALUES ($1, $2, $3)`, [host.organizationId, userId, role]);
      return { email, userId };
    });

  const addMember = (displayName: string, endsOn: string, status: 'active' | 'on_leave' | 'ended' = 'active', userId: string | null = null) =>
    asHost(async () => {
      const email = `member-${randomUUID()}@example.org`;
      const { rows } = await owner.query(
        `INSERT INTO board_member (organization_id, board_id, seat_type_id, status, end_reason, display_name, legal_name, email, source, user_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'added', $9) RETURNING id`,
        [host.organizationId, boardId, seatTypeId, status, status === 'ended' ? 'resigned' : null, displayName, `${displayName} Secretlegalname`, userId ? null : email, userId],
      );
      const memberId = rows[0].id as string;
      const term = await owner.query(
        `INSERT INTO board_term (organization_id, board_id, member_id, starts_on, ends_on) VALUES ($1, $2, $3, $4::date - 700, $4) RETURNING id`,
        [host.organizationId, boardId, memberId, endsOn],
      );
      return { memberId, termId: term.rows[0].id as string, email };
    });

  const noticesFor = (termId: string) =>
    asHost(async () => (await owner.query(`SELECT days_before FROM board_term_notice WHERE term_id = $1 ORDER BY days_before`, [termId])).rows.map((r) => r.days_before as number));

  const aboutMember = async (address: string, displayName: string) => (await mailbox.messagesTo(address)).filter((m) => m.subject.includes(displayName));

  const sweep = () => stack.worker!.get(SendTermNoticesUseCase).execute(today);

  beforeAll(async () => {
    owner = new Client({ connectionString: stack.database.ownerUrl });
    await owner.connect();
    [host, partner] = await Promise.all([signUpOrganization(stack.api, { name: 'Harbour Services' }), signUpOrganization(stack.api, { name: 'Neighbours Together', kind: 'community' })]);
    serviceManagerEmail = (await addPerson('service_manager', 'pt')).email;
    staffEmail = (await addPerson('staff', 'en')).email;
    await asHost(async () => {
      const board = await owner.query(
        `INSERT INTO board (organization_id, name, slug, purpose) VALUES ($1, $2, $3, 'Peer advice on mental health and addiction recovery services') RETURNING id`,
        [host.organizationId, boardName, `harbour-${randomUUID().slice(0, 8)}`],
      );
      boardId = board.rows[0].id;
      await owner.query(`INSERT INTO board_partner (organization_id, board_id, partner_organization_id) VALUES ($1, $2, $3)`, [host.organizationId, boardId, partner.organizationId]);
      const seat = await owner.query(`INSERT INTO seat_type (organization_id, board_id, name, kind, voting) VALUES ($1, $2, 'Peer', 'peer', true) RETURNING id`, [host.organizationId, boardId]);
      seatTypeId = seat.rows[0].id;
    });
  });

  it('tells the member and every manager of the host and partner organisations, once, 60 days ahead', async () => {
    const endsOn = isoDay(60);
    const robin = await addMember('Robin', endsOn);

    await sweep();

    const [toMember] = await mailbox.waitForMessagesTo(robin.email, 1);
    expect(toMember!.subject).toBe(`Your term on ${boardName} ends on ${longDate(endsOn)}`);
    expect(toMember!.text).toContain(`http://localhost:3000/boards/${boardId}/members/${robin.memberId}`);
    for (const address of [host.email, partner.email, serviceManagerEmail]) {
      await eventually(async () => expect(await aboutMember(address, 'Robin')).toHaveLength(1));
    }
    const [toAdmin] = await aboutMember(host.email, 'Robin');
    expect(toAdmin!.subject).toBe(`Robin's term on ${boardName} ends on ${longDate(endsOn)}`);
    // In the manager's own language.
    const [toServiceManager] = await aboutMember(serviceManagerEmail, 'Robin');
    expect(toServiceManager!.subject).toContain(`O mandato de Robin em ${boardName}`);

    for (const message of [toMember!, toAdmin!, toServiceManager!]) {
      const content = `${message.subject}\n${message.text}\n${message.html ?? ''}`;
      expect(content).toContain(boardName);
      expect(content).not.toMatch(/Secretlegalname|mental|addiction|recovery|health/i);
    }
    expect(await noticesFor(robin.termId)).toEqual([60]);
    expect(await mailbox.messagesTo(staffEmail)).toHaveLength(0);

    // Again, and twice at once: nothing new goes out.
    const again = await Promise.all([sweep(), sweep()]);
    expect(again.map((run) => run.sent)).toEqual([0, 0]);
    expect((await sweep()).sent).toBe(0);
    await pause(1_500);
    expect(await mailbox.messagesTo(robin.email)).toHaveLength(1);
    for (const address of [host.email, partner.email, serviceManagerEmail]) expect(await aboutMember(address, 'Robin')).toHaveLength(1);
    expect(await noticesFor(robin.termId)).toEqual([60]);
  });

  it('sends one notice when several sweeps race for a new term', async () => {
    const sasha = await addMember('Sasha', isoDay(45));
    const runs = await Promise.all([sweep(), sweep(), sweep()]);
    expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBe(1);
    await mailbox.waitForMessagesTo(sasha.email, 1);
    await eventually(async () => expect(await aboutMember(partner.email, 'Sasha')).toHaveLength(1));
    await pause(1_500);
    expect(await mailbox.messagesTo(sasha.email)).toHaveLength(1);
    expect(await aboutMember(host.email, 'Sasha')).toHaveLength(1);
    expect(await noticesFor(sasha.termId)).toEqual([60]);
  });

  it('sends only the 14-day notice for a term first seen 10 days before it ends', async () => {
    const endsOn = isoDay(10);
    const kai = await addMember('Kai', endsOn, 'on_leave');
    await sweep();
    const [message] = await mailbox.waitForMessagesTo(kai.email, 1);
    expect(message!.subject).toContain(longDate(endsOn));
    expect(await noticesFor(kai.termId)).toEqual([14]);
    await sweep();
    await pause(1_500);
    expect(await mailbox.messagesTo(kai.email)).toHaveLength(1);
  });

  it('sends nothing for a membership that has ended, even if its term was left open', async () => {
    const lee = await addMember('Lee', isoDay(14), 'ended');
    await sweep();
    await pause(1_500);
    expect(await noticesFor(lee.termId)).toEqual([]);
    expect(await mailbox.messagesTo(lee.email)).toHaveLength(0);
    expect(await aboutMember(host.email, 'Lee')).toHaveLength(0);
  });

  it('sends nothing for a term that was already renewed', async () => {
    const noor = await addMember('Noor', isoDay(20));
    await asHost(() => owner.query(`INSERT INTO board_term (organization_id, board_id, member_id, starts_on, ends_on) VALUES ($1, $2, $3, $4::date + 1, $4::date + 700)`, [host.organizationId, boardId, noor.memberId, isoDay(20)]));
    await sweep();
    expect(await noticesFor(noor.termId)).toEqual([]);
    await pause(1_500);
    expect(await mailbox.messagesTo(noor.email)).toHaveLength(0);
  });

  it('writes to a member with an account at that account\'s address, in their language', async () => {
    const person = await addPerson('member', 'es');
    const ana = await addMember('Ana', isoDay(30), 'active', person.userId);
    await sweep();
    const [message] = await mailbox.waitForMessagesTo(person.email, 1);
    expect(message!.subject).toBe(`Tu mandato en ${boardName} termina el ${new Intl.DateTimeFormat('es-ES', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDay(30)}T00:00:00Z`))}`);
    expect(await noticesFor(ana.termId)).toEqual([60]);
  });

  it('records each notice in the host organisation\'s audit trail, without names', async () => {
    const rows = await asHost(
      async () => (await owner.query(`SELECT entity_id, details FROM audit_entry WHERE action = 'board.term_notice_sent' AND organization_id = $1`, [host.organizationId])).rows,
    );
    expect(rows).toHaveLength(4);
    expect(JSON.stringify(rows)).not.toMatch(/Robin|Sasha|Kai|Ana|example\.org/);
    expect(rows[0].details).toMatchObject({ boardId, memberEmailed: true });
  });

  it('runs the sweep every day at 06:00 UTC, and once soon after the worker starts', async () => {
    const queue = stack.worker!.get<Queue>(getQueueToken(QueueName.BoardSchedules), { strict: false });
    const scheduler = await eventually(() => queue.getJobScheduler('board-term-notices-daily'));
    expect(scheduler).toMatchObject({ pattern: '0 6 * * *', tz: 'UTC', template: { data: { sweep: 'term-notices' } } });
    await eventually(async () => expect(await queue.getCompletedCount()).toBeGreaterThan(0), 20_000);
    // Job payloads name the sweep, never a person.
    const [job] = await queue.getCompleted();
    expect(job?.data).toEqual({ sweep: 'term-notices' });
  });
});
