import { signUpOrganization, type TestOrganization, useTestStack, withAppRole } from '@cabinet/api/testing';
import type { AgendaView, BoardDetail, ClaimView, InputChannelChange, InputChannelView, MeetingSummary, MyInputView, PeerInputView, PublicInputChannelView, PublicInputReceipt, SubmittedInput } from '@cabinet/shared/contracts';
import { addMember, createBoard, fieldsOf, type Peer, put, seatId, signedInPeer } from '../boards/board-helpers';
import { idea, tokenOf, visitor } from './input-helpers';

describe('peer input', () => {
  let manager: TestOrganization;
  let board: BoardDetail;
  let robin: Peer;
  let chair: Peer;
  let outsider: Peer;
  let link = '';
  let addresses = 0;

  const stack = useTestStack();
  const INPUT = () => `/api/boards/${board.id}/input`;
  const someone = () => visitor(stack.api, `203.0.113.${++addresses}`);

  /** Rows as the app role sees them in the host's context (row-level security applies). */
  const rows = (sql: string, params: unknown[] = []) =>
    withAppRole(stack.database.appUrl, { 'app.organization_id': manager.organizationId }, async (db) => (await db.query(sql, params)).rows as Array<Record<string, unknown>>);

  beforeAll(async () => {
    manager = await signUpOrganization(stack.api, { name: 'Harbour Services' });
    board = await createBoard(manager, { name: 'Harbour Peer Board' });
    robin = await signedInPeer(stack.api, manager, 'Robin');
    chair = await signedInPeer(stack.api, manager, 'Kit');
    outsider = await signedInPeer(stack.api, manager, 'Lee');
    await addMember(manager, board.id, { userId: robin.userId, seatTypeId: seatId(board, 'peer'), status: 'active' });
    await addMember(manager, board.id, { userId: chair.userId, seatTypeId: seatId(board, 'peer'), status: 'active', boardRole: 'chair' });
  });

  describe('from members', () => {
    it('takes named input, which the member then finds in their own list', async () => {
      const sent = await robin.client.post<SubmittedInput>(INPUT(), idea());
      expect(sent.status).toBe(201);
      expect(sent.body).toEqual({ id: expect.any(String), claimCode: null });
      const mine = await robin.client.get<MyInputView[]>(`${INPUT()}/mine`);
      expect(mine.body).toEqual([expect.objectContaining({ id: sent.body.id, kind: 'idea', status: 'new', receivedOn: new Date().toISOString().slice(0, 10), overdue: false })]);
      const [row] = await rows(`SELECT author_member_id, claim_code_hash, created_at FROM peer_input WHERE id = $1`, [sent.body.id]);
      expect(row?.['author_member_id']).toEqual(expect.any(String));
      expect(row?.['claim_code_hash']).toBeNull();
      // Kept to the day.
      expect((row?.['created_at'] as Date).toISOString()).toMatch(/T00:00:00\.000Z$/);
    });

    it('stores anonymous input with no link to its author, and hands back a claim code to follow it', async () => {
      const sent = await robin.client.post<SubmittedInput>(INPUT(), idea({ kind: 'complaint', body: 'Staff at the front desk were rude to me.', anonymous: true }));
      expect(sent.status).toBe(201);
      expect(sent.body.claimCode).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
      const [row] = await rows(`SELECT * FROM peer_input WHERE id = $1`, [sent.body.id]);
      expect(row).toMatchObject({ author_member_id: null, channel: 'member', status: 'new' });
      // Not in "my input": the claim code is the only way back to it.
      expect((await robin.client.get<MyInputView[]>(`${INPUT()}/mine`)).body.map((i) => i.id)).not.toContain(sent.body.id);
      // The audit entry names neither the author nor the input.
      const audit = await rows(`SELECT actor_user_id, entity_id, details FROM audit_entry WHERE action = 'peer_input.received' ORDER BY seq`);
      expect(audit.at(-1)).toEqual({ actor_user_id: null, entity_id: null, details: { boardId: board.id, channel: 'member' } });

      const claim = await someone().post<ClaimView>('/api/claims', { code: sent.body.claimCode!.toLowerCase().replace('-', ' ') });
      expect(claim.status).toBe(200);
      expect(claim.body).toEqual({ boardName: 'Harbour Peer Board', kind: 'complaint', submittedOn: new Date().toISOString().slice(0, 10), status: 'new', statusText: expect.any(String), answer: null, declineReason: null, meetingStartsAt: null });
    });

    it('tells the board\'s managers once per input, without what it says', async () => {
      const emails = await rows(`SELECT payload FROM outbox_message WHERE payload->>'template' = 'peer-input-received'`);
      expect(emails).toHaveLength(2);
      for (const { payload } of emails) expect(payload).toMatchObject({ to: manager.email, data: { boardName: 'Harbour Peer Board', url: expect.stringContaining(`/boards/${board.id}/input`) } });
    });

    it('refuses input that is too long or of no kind (422), and input from people not on the board (404)', async () => {
      const long = await robin.client.post(INPUT(), idea({ body: 'x'.repeat(4001) }));
      expect(long.status).toBe(422);
      expect(fieldsOf(long)).toEqual(['body']);
      const kind = await robin.client.post(INPUT(), idea({ kind: 'rant' }));
      expect(fieldsOf(kind)).toEqual(['kind']);
      expect((await outsider.client.post(INPUT(), idea())).status).toBe(404);
      // A manager who does not sit on the board sends no peer input either.
      expect((await manager.client.post(INPUT(), idea())).status).toBe(404);
    });
  });

  describe('the public channel', () => {
    it('is off until a manager switches it on, which makes the link and its QR code (shown once)', async () => {
      expect((await manager.client.get<InputChannelView>(`/api/boards/${board.id}/input-channel`)).body).toEqual({ publicEnabled: false, kioskEnabled: false, ackDays: 14, hasLink: false });
      const opened = await put<InputChannelChange>(manager.client, `/api/boards/${board.id}/input-channel`, { publicEnabled: true, kioskEnabled: true, ackDays: 10 });
      expect(opened.status).toBe(200);
      expect(opened.body).toMatchObject({ publicEnabled: true, kioskEnabled: true, ackDays: 10, hasLink: true, link: { url: expect.stringMatching(/\/say\/[A-Za-z0-9_-]{43}$/), qrSvg: expect.stringContaining('<svg') } });
      link = opened.body.link!.url;
      // Changing settings again keeps the link (posters keep working) and does not show it again.
      const again = await put<InputChannelChange>(manager.client, `/api/boards/${board.id}/input-channel`, { publicEnabled: true, kioskEnabled: true, ackDays: 14 });
      expect({ status: again.status, body: again.body }).toMatchObject({ status: 200, body: { link: null } });
      const page = await someone().get<PublicInputChannelView>(`/api/say/${tokenOf(link)}`);
      expect(page.body).toEqual({ boardName: 'Harbour Peer Board', kinds: ['idea', 'concern', 'complaint', 'question'], kiosk: true });
      const qr = await stack.api.inject({ method: 'GET', url: `/api/say/${tokenOf(link)}/qr.svg` });
      expect(qr.statusCode).toBe(200);
      expect(qr.headers['content-type']).toContain('image/svg+xml');
    });

    it('refuses kiosk mode without the public link, and settings out of range (422)', async () => {
      const kiosk = await put(manager.client, `/api/boards/${board.id}/input-channel`, { publicEnabled: false, kioskEnabled: true, ackDays: 14 });
      expect(fieldsOf(kiosk)).toEqual(['kioskEnabled']);
      const days = await put(manager.client, `/api/boards/${board.id}/input-channel`, { publicEnabled: true, kioskEnabled: false, ackDays: 0 });
      expect(fieldsOf(days)).toEqual(['ackDays']);
    });

    it('takes anonymous input without an account and gives a claim code; nothing about the sender is kept', async () => {
      const sent = await someone().post<PublicInputReceipt>(`/api/say/${tokenOf(link)}`, idea({ kind: 'concern', body: 'The waiting room is cold.' }));
      expect(sent.status).toBe(201);
      expect(sent.body).toEqual({ claimCode: expect.stringMatching(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/) });
      const kiosk = await someone().post<PublicInputReceipt>(`/api/say/${tokenOf(link)}`, idea({ kind: 'question', body: 'When is the next meeting?', kiosk: true }));
      expect(kiosk.status).toBe(201);
      const stored = await rows(`SELECT channel, author_member_id, body FROM peer_input WHERE channel <> 'member' ORDER BY body`);
      expect(stored).toEqual([
        { channel: 'public', author_member_id: null, body: 'The waiting room is cold.' },
        { channel: 'kiosk', author_member_id: null, body: 'When is the next meeting?' },
      ]);
      const audit = await rows(`SELECT actor_user_id, entity_id, request_id FROM audit_entry WHERE action = 'peer_input.received' AND details->>'channel' <> 'member'`);
      expect(audit).toEqual([{ actor_user_id: null, entity_id: null, request_id: null }, { actor_user_id: null, entity_id: null, request_id: null }]);
      const claim = await someone().post<ClaimView>('/api/claims', { code: sent.body.claimCode });
      expect(claim.body).toMatchObject({ kind: 'concern', status: 'new' });
    });

    it('answers a filled honeypot as if it took the input, and stores nothing', async () => {
      const before = await rows(`SELECT count(*)::int AS n FROM peer_input`);
      const bot = await someone().post<PublicInputReceipt>(`/api/say/${tokenOf(link)}`, idea({ website: 'http://spam.example' }));
      expect(bot.status).toBe(201);
      expect(bot.body.claimCode).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
      expect(await rows(`SELECT count(*)::int AS n FROM peer_input`)).toEqual(before);
      expect((await someone().post('/api/claims', { code: bot.body.claimCode })).status).toBe(404);
    });

    it('refuses input that is too long (422) and unknown claim codes (404)', async () => {
      const long = await someone().post(`/api/say/${tokenOf(link)}`, idea({ body: 'x'.repeat(4001) }));
      expect(long.status).toBe(422);
      expect(fieldsOf(long)).toEqual(['body']);
      expect((await someone().post('/api/claims', { code: 'AAAAA-AAAAA' })).status).toBe(404);
      expect((await someone().post('/api/claims', { code: 'not a code' })).status).toBe(404);
    });

    it('stops the old link when a manager replaces it, and every link when they switch the channel off', async () => {
      const rotated = await manager.client.post<InputChannelChange>(`/api/boards/${board.id}/input-channel/rotate`);
      expect(rotated.status).toBe(200);
      const fresh = rotated.body.link!.url;
      expect(fresh).not.toBe(link);
      expect((await someone().get(`/api/say/${tokenOf(link)}`)).status).toBe(404);
      expect((await someone().post(`/api/say/${tokenOf(link)}`, idea())).status).toBe(404);
      expect((await someone().get(`/api/say/${tokenOf(fresh)}`)).status).toBe(200);

      const off = await put<InputChannelChange>(manager.client, `/api/boards/${board.id}/input-channel`, { publicEnabled: false, kioskEnabled: false, ackDays: 14 });
      expect(off.body).toMatchObject({ publicEnabled: false, hasLink: true, link: null });
      expect((await someone().get(`/api/say/${tokenOf(fresh)}`)).status).toBe(404);
      expect((await someone().post(`/api/say/${tokenOf(fresh)}`, idea())).status).toBe(404);
      expect((await stack.api.inject({ method: 'GET', url: `/api/say/${tokenOf(fresh)}/qr.svg` })).statusCode).toBe(404);
      expect((await someone().get('/api/say/not-a-token')).status).toBe(404);
      // Back on: the same link works again.
      await put(manager.client, `/api/boards/${board.id}/input-channel`, { publicEnabled: true, kioskEnabled: false, ackDays: 14 });
      expect((await someone().get(`/api/say/${tokenOf(fresh)}`)).status).toBe(200);
      expect((await someone().post(`/api/say/${tokenOf(fresh)}`, idea({ kiosk: true }))).status).toBe(422);
    });

    it('is for managers only (members lack the permission: 403)', async () => {
      expect((await chair.client.get(`/api/boards/${board.id}/input-channel`)).status).toBe(403);
    });
  });

  describe('triage', () => {
    let meeting: MeetingSummary;
    let agendaItemId = '';
    const list = async (client = manager.client, query = '') => (await client.get<PeerInputView[]>(`${INPUT()}${query}`)).body;

    beforeAll(async () => {
      const day = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
      meeting = (await manager.client.post<MeetingSummary[]>(`/api/boards/${board.id}/meetings`, { title: 'Spring', startsAt: `${day}T18:00`, timeZone: 'Europe/Lisbon', durationMinutes: 60, format: 'online', onlineUrl: 'https://meet.example.org/x' })).body[0]!;
      const agenda = await manager.client.post<AgendaView>(`/api/boards/${board.id}/meetings/${meeting.id}/agenda/items`, { kind: 'discussion', title: 'Opening hours', details: null, presenter: null, durationMinutes: 15 });
      agendaItemId = agenda.body.items[0]!.id;
    });

    it('lists the board\'s input for organisers, with authors of named input only and the deadline', async () => {
      const all = await list();
      expect(all.length).toBeGreaterThanOrEqual(4);
      expect(all.filter((i) => i.author === 'Robin')).toHaveLength(1);
      expect(all.filter((i) => i.channel !== 'member' || i.body.includes('rude')).every((i) => i.author === null)).toBe(true);
      const received = new Date(`${all[0]!.receivedOn}T00:00:00Z`);
      expect(all[0]!.acknowledgeBy).toBe(new Date(received.getTime() + 14 * 86_400_000).toISOString().slice(0, 10));
      expect((await list(chair.client)).length).toBe(all.length);
      expect((await list(manager.client, '?status=answered'))).toEqual([]);
      expect(fieldsOf(await manager.client.get(`${INPUT()}?status=lost`))).toEqual(['status']);
    });

    it('is for organisers: other members and outsiders get 404', async () => {
      const [first] = await list();
      expect((await robin.client.get(INPUT())).status).toBe(404);
      expect((await robin.client.post(`${INPUT()}/${first!.id}/acknowledge`)).status).toBe(404);
      expect((await outsider.client.get(INPUT())).status).toBe(404);
    });

    it('acknowledges, puts on an agenda and answers, which the anonymous sender reads with their code', async () => {
      const sent = await robin.client.post<SubmittedInput>(INPUT(), idea({ body: 'Longer hours, please.', anonymous: true }));
      const id = sent.body.id;
      const acknowledged = await chair.client.post<PeerInputView>(`${INPUT()}/${id}/acknowledge`);
      expect(acknowledged.status).toBe(200);
      expect(acknowledged.body).toMatchObject({ status: 'acknowledged', acknowledgedAt: expect.any(String), overdue: false, author: null });
      const onAgenda = await manager.client.post<PeerInputView>(`${INPUT()}/${id}/agenda`, { agendaItemId });
      expect(onAgenda.body).toMatchObject({ status: 'on_agenda', agendaItemId });
      const claim = await someone().post<ClaimView>('/api/claims', { code: sent.body.claimCode });
      expect(claim.body).toMatchObject({ status: 'on_agenda', meetingStartsAt: meeting.startsAt });
      const answered = await manager.client.post<PeerInputView>(`${INPUT()}/${id}/answer`, { answer: 'We open on Saturdays from May.' });
      expect(answered.body).toMatchObject({ status: 'answered', answer: 'We open on Saturdays from May.', decidedAt: expect.any(String) });
      expect((await someone().post<ClaimView>('/api/claims', { code: sent.body.claimCode })).body).toMatchObject({ status: 'answered', answer: 'We open on Saturdays from May.' });
      const audit = await rows(`SELECT action, actor_user_id, details FROM audit_entry WHERE entity_id = $1 ORDER BY seq`, [id]);
      expect(audit.map((a) => a['action'])).toEqual(['peer_input.acknowledged', 'peer_input.on_agenda', 'peer_input.answered']);
      for (const entry of audit) expect(Object.keys(entry['details'] as object).sort()).toEqual(['boardId', 'from', 'to']);
    });

    it('declines only with a reason, which the author sees in their list', async () => {
      const sent = await robin.client.post<SubmittedInput>(INPUT(), idea({ body: 'Paint the walls green.' }));
      const noReason = await manager.client.post(`${INPUT()}/${sent.body.id}/decline`, {});
      expect(noReason.status).toBe(422);
      expect(fieldsOf(noReason)).toEqual(['reason']);
      const declined = await manager.client.post<PeerInputView>(`${INPUT()}/${sent.body.id}/decline`, { reason: 'The landlord decides the colours.' });
      expect(declined.body).toMatchObject({ status: 'declined', declineReason: 'The landlord decides the colours.' });
      const mine = (await robin.client.get<MyInputView[]>(`${INPUT()}/mine`)).body.find((i) => i.id === sent.body.id);
      expect(mine).toMatchObject({ status: 'declined', declineReason: 'The landlord decides the colours.' });
    });

    it('refuses impossible steps with 422 on status, and changes nothing', async () => {
      const [declined] = await list(manager.client, '?status=declined');
      const answer = await manager.client.post(`${INPUT()}/${declined!.id}/answer`, { answer: 'Actually, yes.' });
      expect(answer.status).toBe(422);
      expect(fieldsOf(answer)).toEqual(['status']);
      expect((await manager.client.post(`${INPUT()}/${declined!.id}/acknowledge`)).status).toBe(422);
      const [answered] = await list(manager.client, '?status=answered');
      expect(fieldsOf(await manager.client.post(`${INPUT()}/${answered!.id}/decline`, { reason: 'No.' }))).toEqual(['status']);
      expect((await list(manager.client, '?status=declined')).find((i) => i.id === declined!.id)).toMatchObject({ status: 'declined', answer: null });
    });

    it('links only an agenda item of this board that was not declined (422 on agendaItemId)', async () => {
      const [fresh] = await list(manager.client, '?status=new');
      const unknown = await manager.client.post(`${INPUT()}/${fresh!.id}/agenda`, { agendaItemId: '00000000-0000-4000-8000-000000000000' });
      expect(fieldsOf(unknown)).toEqual(['agendaItemId']);
      const other = await signUpOrganization(stack.api, { name: 'Elsewhere' });
      const theirs = await createBoard(other, { name: 'Their board' });
      const day = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
      const theirMeeting = (await other.client.post<MeetingSummary[]>(`/api/boards/${theirs.id}/meetings`, { title: 'X', startsAt: `${day}T18:00`, timeZone: 'Europe/Lisbon', durationMinutes: 60, format: 'online', onlineUrl: 'https://meet.example.org/y' })).body[0]!;
      const theirItem = (await other.client.post<AgendaView>(`/api/boards/${theirs.id}/meetings/${theirMeeting.id}/agenda/items`, { kind: 'discussion', title: 'Theirs', details: null, presenter: null, durationMinutes: 10 })).body.items[0]!;
      expect(fieldsOf(await manager.client.post(`${INPUT()}/${fresh!.id}/agenda`, { agendaItemId: theirItem.id }))).toEqual(['agendaItemId']);
      // And their people reach nothing of this board's input.
      expect((await other.client.get(INPUT())).status).toBe(404);
      expect((await other.client.post(`/api/boards/${theirs.id}/input/${fresh!.id}/acknowledge`)).status).toBe(404);
    });
  });
});
