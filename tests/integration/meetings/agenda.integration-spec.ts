import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { signUpOrganization, type TestClient, type TestOrganization, useTestStack, withAppRole } from '@cabinet/api/testing';
import type { AgendaView, BoardDetail, MeetingSummary } from '@cabinet/shared/contracts';
import { addMember, createBoard, fieldsOf, type Peer, put, seatId, signedInPeer } from '../boards/board-helpers';
import { pdfText } from '../support/pdf-text';

const DAY = 86_400_000;

/** A date this many days ahead, at a wall-clock time, as the schedule form sends it. */
function localAhead(days: number, time: string): string {
  return `${new Date(Date.now() + days * DAY).toISOString().slice(0, 10)}T${time}`;
}

const item = (overrides: Record<string, unknown> = {}) => ({ kind: 'discussion', title: 'Waiting times at the clinic', presenter: 'Robin', durationMinutes: 20, ...overrides });

/** A file download: the bytes as sent, which the JSON-minded test client would turn into text. */
async function download(api: NestFastifyApplication, client: TestClient, url: string) {
  const cookies = (client as unknown as { cookies: Map<string, string> }).cookies;
  const response = await api.inject({ method: 'GET', url, headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') } });
  return { status: response.statusCode, headers: response.headers, bytes: response.rawPayload };
}

describe('meeting agendas', () => {
  let manager: TestOrganization;
  let board: BoardDetail;
  let member: Peer;
  /** Sits on the board without a vote: proposes all the same. */
  let guest: Peer;
  let later: MeetingSummary;
  let soon: MeetingSummary;

  const stack = useTestStack();
  const agendaOf = (meeting: MeetingSummary) => `/api/boards/${board.id}/meetings/${meeting.id}/agenda`;

  async function schedule(daysAhead: number, title: string): Promise<MeetingSummary> {
    const created = await manager.client.post<MeetingSummary[]>(`/api/boards/${board.id}/meetings`, {
      title,
      startsAt: localAhead(daysAhead, '18:00'),
      timeZone: 'Europe/Lisbon',
      durationMinutes: 60,
      format: 'online',
      onlineUrl: 'https://meet.example.org/clinic',
    });
    expect(created.status).toBe(201);
    return created.body[0]!;
  }

  beforeAll(async () => {
    manager = await signUpOrganization(stack.api, { name: 'Clinic Services' });
    board = await createBoard(manager, { name: 'Clinic Patient Board' });
    member = await signedInPeer(stack.api, manager, 'Robin');
    guest = await signedInPeer(stack.api, manager, 'Ash');
    await addMember(manager, board.id, { userId: member.userId, seatTypeId: seatId(board, 'peer'), status: 'active' });
    await addMember(manager, board.id, { userId: guest.userId, seatTypeId: seatId(board, 'community'), status: 'guest' });
    later = await schedule(20, 'Spring meeting');
    soon = await schedule(3, 'Next week');
  });

  it('takes a member’s proposal that an organiser accepts into the agenda', async () => {
    const proposed = await member.client.post<AgendaView>(`${agendaOf(later)}/proposals`, item());
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({ canOrganize: false, canPropose: true, visible: false, items: [] });
    expect(proposed.body.proposals).toEqual([expect.objectContaining({ title: 'Waiting times at the clinic', status: 'proposed', proposedByMe: true, proposedBy: null })]);

    const forManager = (await manager.client.get<AgendaView>(agendaOf(later))).body;
    expect(forManager.proposals).toEqual([expect.objectContaining({ status: 'proposed', proposedBy: 'Robin', proposedByMe: false })]);
    const accepted = await manager.client.post<AgendaView>(`${agendaOf(later)}/items/${forManager.proposals[0]!.id}/decision`, { outcome: 'accepted' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.proposals).toEqual([]);
    expect(accepted.body.items).toEqual([expect.objectContaining({ title: 'Waiting times at the clinic', status: 'accepted', startOffsetMinutes: 0, startsAt: later.startsAt })]);

    // Not published yet: the member sees what became of their proposal, not the agenda.
    const forMember = (await member.client.get<AgendaView>(agendaOf(later))).body;
    expect(forMember).toMatchObject({ visible: false, published: false, items: [] });
    expect(forMember.proposals).toEqual([expect.objectContaining({ status: 'accepted' })]);
  });

  it('lets a member without a vote propose too, and declines only with a reason the proposer sees', async () => {
    const proposed = await guest.client.post<AgendaView>(`${agendaOf(later)}/proposals`, item({ title: 'Parking', kind: 'information', presenter: null }));
    expect(proposed.status).toBe(201);
    const id = proposed.body.proposals[0]!.id;

    const noReason = await manager.client.post(`${agendaOf(later)}/items/${id}/decision`, { outcome: 'declined', reason: '  ' });
    expect([noReason.status, fieldsOf(noReason)]).toEqual([422, ['reason']]);
    expect((await guest.client.get<AgendaView>(agendaOf(later))).body.proposals).toEqual([expect.objectContaining({ status: 'proposed', declineReason: null })]);

    const declined = await manager.client.post<AgendaView>(`${agendaOf(later)}/items/${id}/decision`, { outcome: 'declined', reason: 'The council decides parking, not this board.' });
    expect(declined.status).toBe(200);
    expect((await guest.client.get<AgendaView>(agendaOf(later))).body.proposals).toEqual([
      expect.objectContaining({ title: 'Parking', status: 'declined', declineReason: 'The council decides parking, not this board.', proposedByMe: true }),
    ]);
    // The other member does not see someone else's proposal.
    expect((await member.client.get<AgendaView>(agendaOf(later))).body.proposals.map((p) => p.title)).toEqual(['Waiting times at the clinic']);

    const again = await manager.client.post(`${agendaOf(later)}/items/${id}/decision`, { outcome: 'accepted' });
    expect([again.status, fieldsOf(again)]).toEqual([422, ['outcome']]);
  });

  it('adds organisers’ items with running times and a total, flagging an agenda longer than the meeting', async () => {
    await manager.client.post(`${agendaOf(later)}/items`, item({ kind: 'decision', title: 'Budget', presenter: 'Treasurer', durationMinutes: 30 }));
    const added = await manager.client.post<AgendaView>(`${agendaOf(later)}/items`, item({ kind: 'information', title: 'New clinic hours', presenter: null, durationMinutes: 25 }));
    expect(added.status).toBe(201);
    const start = Date.parse(later.startsAt);
    expect(added.body.items.map((i) => [i.title, i.startOffsetMinutes, i.startsAt])).toEqual([
      ['Waiting times at the clinic', 0, later.startsAt],
      ['Budget', 20, new Date(start + 20 * 60_000).toISOString()],
      ['New clinic hours', 50, new Date(start + 50 * 60_000).toISOString()],
    ]);
    expect(added.body).toMatchObject({ totalMinutes: 75, overrunMinutes: 15, endsAt: new Date(start + 75 * 60_000).toISOString() });
  });

  it('keeps the running order whole: an order must name every accepted item once', async () => {
    const agenda = (await manager.client.get<AgendaView>(agendaOf(later))).body;
    const ids = agenda.items.map((i) => i.id);
    const declinedId = agenda.proposals[0]!.id;
    for (const order of [ids.slice(1), [...ids, declinedId], [ids[0], ...ids]]) {
      const refused = await put(manager.client, `${agendaOf(later)}/order`, { order });
      expect([refused.status, fieldsOf(refused)]).toEqual([422, ['order']]);
    }
    expect((await manager.client.get<AgendaView>(agendaOf(later))).body.items.map((i) => i.id)).toEqual(ids);

    const reordered = await put<AgendaView>(manager.client, `${agendaOf(later)}/order`, { order: [ids[2], ids[0], ids[1]] });
    expect(reordered.status).toBe(200);
    expect(reordered.body.items.map((i) => [i.title, i.startOffsetMinutes])).toEqual([
      ['New clinic hours', 0],
      ['Waiting times at the clinic', 25],
      ['Budget', 45],
    ]);
  });

  it('leaves organisers’ actions to organisers: a member gets 404', async () => {
    const agenda = (await manager.client.get<AgendaView>(agendaOf(later))).body;
    const ids = agenda.items.map((i) => i.id);
    const base = agendaOf(later);
    const tries = [
      await member.client.post(`${base}/items`, item()),
      await member.client.patch(`${base}/items/${ids[0]}`, { title: 'Mine now' }),
      await member.client.post(`${base}/items/${agenda.proposals[0]!.id}/decision`, { outcome: 'accepted' }),
      await put(member.client, `${base}/order`, { order: [...ids].reverse() }),
      await member.client.post(`${base}/publish`, {}),
    ];
    expect(tries.map((response) => response.status)).toEqual([404, 404, 404, 404, 404]);
    expect((await manager.client.get<AgendaView>(base)).body).toMatchObject({ published: false, items: agenda.items });
  });

  it('refuses bad items with the field at fault, changing nothing', async () => {
    const before = (await manager.client.get<AgendaView>(agendaOf(later))).body;
    const cases: Array<[Record<string, unknown>, string]> = [
      [item({ durationMinutes: 0 }), 'durationMinutes'],
      [item({ durationMinutes: 241 }), 'durationMinutes'],
      [item({ durationMinutes: 12.5 }), 'durationMinutes'],
      [item({ title: '   ' }), 'title'],
      [item({ kind: 'gossip' }), 'kind'],
      [item({ presenter: 'x'.repeat(121) }), 'presenter'],
    ];
    for (const [body, field] of cases) {
      const refused = await manager.client.post(`${agendaOf(later)}/items`, body);
      expect([refused.status, fieldsOf(refused)]).toEqual([422, [field]]);
      const proposed = await member.client.post(`${agendaOf(later)}/proposals`, body);
      expect([proposed.status, fieldsOf(proposed)]).toEqual([422, [field]]);
    }
    const edited = await manager.client.patch(`${agendaOf(later)}/items/${before.items[0]!.id}`, { durationMinutes: 300 });
    expect([edited.status, fieldsOf(edited)]).toEqual([422, ['durationMinutes']]);
    expect((await manager.client.get<AgendaView>(agendaOf(later))).body).toEqual(before);
  });

  it('lets organisers change any item', async () => {
    const agenda = (await manager.client.get<AgendaView>(agendaOf(later))).body;
    const changed = await manager.client.patch<AgendaView>(`${agendaOf(later)}/items/${agenda.items[0]!.id}`, { title: 'Clinic opening hours', durationMinutes: 15, presenter: 'Clinic manager' });
    expect(changed.status).toBe(200);
    expect(changed.body.items[0]).toMatchObject({ title: 'Clinic opening hours', durationMinutes: 15, presenter: 'Clinic manager', kind: 'information' });
    expect(changed.body.totalMinutes).toBe(65);
  });

  it('shows members the agenda and its PDF only once an organiser publishes it', async () => {
    const hidden = await download(stack.api, member.client, `${agendaOf(later)}/pdf`);
    expect(hidden.status).toBe(404);

    const published = await manager.client.post<AgendaView>(`${agendaOf(later)}/publish`, {});
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ published: true, publishedEarly: true });
    const seen = (await member.client.get<AgendaView>(agendaOf(later))).body;
    expect(seen).toMatchObject({ visible: true, published: true, totalMinutes: 65 });
    expect(seen.items.map((i) => i.title)).toEqual(['Clinic opening hours', 'Waiting times at the clinic', 'Budget']);
    expect(seen.items.every((i) => i.proposedBy === null)).toBe(true);
    expect(seen.proposals.map((p) => p.status)).toEqual(['accepted']);

    const pdf = await download(stack.api, member.client, `${agendaOf(later)}/pdf?lang=en`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(String(pdf.headers['content-disposition'])).toMatch(/^attachment; filename="agenda-\d{4}-\d{2}-\d{2}\.pdf"$/);
    expect(pdf.bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const text = pdfText(pdf.bytes);
    for (const expected of ['Agenda: Spring meeting', 'Clinic Patient Board', 'Europe/Lisbon', 'Clinic opening hours', 'Waiting times at the clinic', 'Budget', 'Decision · 30 min · Presented by Treasurer']) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Parking');
  });

  it('publishes the agenda to members on its own the board’s number of days before the meeting', async () => {
    await manager.client.post(`${agendaOf(soon)}/items`, item({ title: 'Welcome', durationMinutes: 5 }));
    const seen = (await member.client.get<AgendaView>(agendaOf(soon))).body;
    expect(seen).toMatchObject({ visible: true, published: true, publishedEarly: false, totalMinutes: 5 });
    expect(seen.items.map((i) => i.title)).toEqual(['Welcome']);
    expect((await download(stack.api, member.client, `${agendaOf(soon)}/pdf?lang=pt`)).status).toBe(200);
  });

  it('keeps the agenda of a cancelled meeting as it was', async () => {
    const doomed = await schedule(10, 'Extra meeting');
    const added = await manager.client.post<AgendaView>(`${agendaOf(doomed)}/items`, item({ title: 'Only item' }));
    await member.client.post(`${agendaOf(doomed)}/proposals`, item({ title: 'Late idea' }));
    expect((await manager.client.post(`/api/boards/${board.id}/meetings/${doomed.id}/cancel`, {})).status).toBe(200);
    const before = (await manager.client.get<AgendaView>(agendaOf(doomed))).body;
    expect(before).toMatchObject({ open: false, canPropose: false });
    const proposalId = before.proposals[0]!.id;
    const tries = [
      await member.client.post(`${agendaOf(doomed)}/proposals`, item()),
      await manager.client.post(`${agendaOf(doomed)}/items`, item()),
      await manager.client.patch(`${agendaOf(doomed)}/items/${added.body.items[0]!.id}`, { title: 'Changed' }),
      await manager.client.post(`${agendaOf(doomed)}/items/${proposalId}/decision`, { outcome: 'accepted' }),
      await put(manager.client, `${agendaOf(doomed)}/order`, { order: [added.body.items[0]!.id] }),
      await manager.client.post(`${agendaOf(doomed)}/publish`, {}),
    ];
    expect(tries.map((response) => [response.status, fieldsOf(response)])).toEqual(tries.map(() => [422, ['status']]));
    expect((await manager.client.get<AgendaView>(agendaOf(doomed))).body).toEqual(before);
  });

  it('records organisers’ decisions, ordering and publishing in the audit trail, without titles, reasons or names', async () => {
    const audit = await withAppRole(stack.database.appUrl, { 'app.organization_id': manager.organizationId }, (db) =>
      db.query<{ action: string; details: string }>(`SELECT action, details::text FROM audit_entry WHERE action LIKE 'agenda%' ORDER BY seq`),
    );
    expect([...new Set(audit.rows.map((row) => row.action))].sort()).toEqual(['agenda.published', 'agenda.reordered', 'agenda_item.accepted', 'agenda_item.declined']);
    const details = audit.rows.map((row) => row.details).join('\n');
    for (const personal of ['Waiting times', 'Parking', 'council', 'Robin', 'Ash', 'Treasurer']) expect(details).not.toContain(personal);
  });

  it('answers 404 for an item of another meeting', async () => {
    const other = (await manager.client.get<AgendaView>(agendaOf(soon))).body.items[0]!.id;
    const response = await manager.client.patch(`${agendaOf(later)}/items/${other}`, { title: 'Moved' });
    expect(response.status).toBe(404);
  });
});
