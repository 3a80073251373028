import { randomUUID } from 'node:crypto';
import { eventually, Mailbox, signUpOrganization, TestClient, type TestOrganization, useTestStack } from '@cabinet/api/testing';
import type { BoardDetail, BoardMemberProfile, PendingMember, PublicBoardView } from '@cabinet/shared/contracts';
import { createBoard, fieldsOf, getBoard, seatId, signedInPeer } from './board-helpers';

describe('the public join page', () => {
  let manager: TestOrganization;
  let board: BoardDetail;

  const stack = useTestStack();

  beforeAll(async () => {
    manager = await signUpOrganization(stack.api, { name: 'Harbour Services' });
    board = await createBoard(manager, { name: 'Harbour Peer Board', purpose: 'People who use our services tell us what to change.' });
  });

  /** Someone without an account, from an address of their own (the application limit counts per address; the API trusts its proxy's X-Forwarded-For). */
  let visitors = 0;
  const visitor = () => {
    const client = new TestClient(stack.api);
    const address = `198.51.100.${++visitors}`;
    return {
      get: <T>(url: string) => client.request<T>('GET', url, undefined, { 'x-forwarded-for': address }),
      apply: (slug: string, body: Record<string, unknown>) => client.request('POST', `/api/public/boards/${slug}/applications`, body, { 'x-forwarded-for': address }),
    };
  };
  const application = (overrides: Record<string, unknown> = {}) => ({ displayName: 'Sam', email: `sam-${randomUUID()}@example.org`, about: 'I have used the needle exchange for years.', consent: true, ...overrides });
  const queue = async (org = manager, boardId = board.id) => (await org.client.get<PendingMember[]>(`/api/boards/${boardId}/applications`)).body;

  it('does not exist while the board takes no applications and has no public pages (404)', async () => {
    const someone = visitor();
    expect((await someone.get(`/api/public/boards/${board.settings.slug}`)).status).toBe(404);
    expect((await someone.apply(board.settings.slug, application())).status).toBe(404);
    expect((await someone.get('/api/public/boards/no-such-board')).status).toBe(404);
    expect((await someone.get('/api/public/boards/NOT_A_SLUG!')).status).toBe(404);
    expect(await queue()).toEqual([]);
  });

  it('shows the board\'s name, purpose and seat types once it takes applications, and nothing about its people', async () => {
    const opened = await manager.client.patch(`/api/boards/${board.id}`, { acceptsApplications: true });
    expect(opened.status).toBe(200);
    const page = await visitor().get<PublicBoardView>(`/api/public/boards/${board.settings.slug}`);
    expect(page.status).toBe(200);
    expect(page.body).toEqual({
      name: 'Harbour Peer Board',
      slug: board.settings.slug,
      purpose: 'People who use our services tell us what to change.',
      acceptsApplications: true,
      seatTypes: board.seatTypes.map((s) => ({ id: s.id, name: s.name, kind: s.kind })),
    });
  });

  it('takes an application without an account (202), which lands in the managers\' review queue', async () => {
    const body = application({ displayName: 'Sam', phone: '+44 20 7946 0100', seatTypeId: seatId(board, 'community') });
    const sent = await visitor().apply(board.settings.slug, body);
    expect(sent.status).toBe(202);
    expect(sent.body).toEqual({ received: true });

    const [pending] = await queue();
    expect(pending).toMatchObject({ status: 'applied', source: 'application', displayName: 'Sam', email: body['email'], phone: '+44 20 7946 0100', seatTypeId: seatId(board, 'community'), applicationNote: 'I have used the needle exchange for years.', legalName: null });
    expect((await getBoard(manager.client, board.id)).pending).toBe(1);

    // The manager hears that someone is waiting, and nothing about who.
    const [notice] = await eventually(async () => {
      const found = (await new Mailbox().messagesTo(manager.email)).filter((m) => m.subject.includes('New application to join Harbour Peer Board'));
      if (!found.length) throw new Error('no application notice yet');
      return found;
    }, 15_000);
    expect(notice!.text).toContain(`/boards/${board.id}/applications`);
    expect(notice!.text).not.toMatch(/Sam|needle|\+44 20 7946/);

    // Walked on from the queue: a guest, then an active member.
    const guest = await manager.client.post<BoardMemberProfile>(`/api/boards/${board.id}/members/${pending!.id}/transition`, { to: 'guest' });
    expect(guest.status).toBe(200);
    expect(guest.body.history.map((h) => [h.fromStatus, h.toStatus])).toEqual([
      [null, 'applied'],
      ['applied', 'guest'],
    ]);
    expect(await queue()).toEqual([]);
  });

  it('puts an application without a chosen seat in the first voting seat, and takes a second one from the same address only once', async () => {
    const someone = visitor();
    const body = application({ displayName: 'Lee' });
    expect((await someone.apply(board.settings.slug, body)).status).toBe(202);
    expect((await someone.apply(board.settings.slug, { ...body, displayName: 'Lee again' })).status).toBe(202);
    const lee = (await queue()).filter((p) => p.email === body['email']);
    expect(lee).toEqual([expect.objectContaining({ displayName: 'Lee', seatTypeId: seatId(board, 'peer'), applicationNote: body['about'] })]);
  });

  it('answers a filled honeypot the same (202) and keeps nothing', async () => {
    const before = await queue();
    const sent = await visitor().apply(board.settings.slug, application({ displayName: 'Bot', website: 'http://spam.example' }));
    expect(sent.status).toBe(202);
    expect(sent.body).toEqual({ received: true });
    expect(await queue()).toEqual(before);
  });

  it('names what is missing or wrong (422): a way to get in touch, consent, a seat of this board; and keeps nothing', async () => {
    const before = await queue();
    const other = await createBoard(manager);
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [application({ email: null }), ['email']],
      [{ displayName: 'No contact', consent: true }, ['email']],
      [application({ consent: undefined }), ['consent']],
      [application({ consent: false }), ['consent']],
      [application({ displayName: '' }), ['displayName']],
      [application({ email: 'not-an-email' }), ['email']],
      [application({ phone: 'call me' }), ['phone']],
      [application({ seatTypeId: 'peer' }), ['seatTypeId']],
      [application({ isAdmin: true }), ['(body)']],
    ];
    for (const [body, fields] of cases) {
      const refused = await visitor().apply(board.settings.slug, body);
      expect({ body, status: refused.status, fields: fieldsOf(refused) }).toEqual({ body, status: 422, fields });
    }
    const elsewhere = await visitor().apply(board.settings.slug, application({ seatTypeId: seatId(other, 'peer') }));
    expect(elsewhere.status).toBe(422);
    expect(fieldsOf(elsewhere)).toEqual(['seatTypeId']);
    // Only a phone number is enough.
    expect((await visitor().apply(board.settings.slug, application({ displayName: 'Phone only', email: null, phone: '+1 555 123 4567' }))).status).toBe(202);
    expect((await queue()).map((p) => p.displayName)).toEqual([...before.map((p) => p.displayName), 'Phone only']);
  });

  it('refuses the 11th application from the same address within the hour (429), keeping the first ten', async () => {
    const before = (await queue()).length;
    const someone = visitor();
    for (let i = 0; i < 10; i++) expect((await someone.apply(board.settings.slug, application({ displayName: `Applicant ${i}` }))).status).toBe(202);
    const eleventh = await someone.apply(board.settings.slug, application({ displayName: 'Applicant 10' }));
    expect(eleventh.status).toBe(429);
    expect(eleventh.headers['retry-after']).toBe('3600');
    expect(eleventh.body).toMatchObject({ code: 'too_many_requests' });
    const after = await queue();
    expect(after).toHaveLength(before + 10);
    expect(after.map((p) => p.displayName)).not.toContain('Applicant 10');
    // Someone else is not held up.
    expect((await visitor().apply(board.settings.slug, application())).status).toBe(202);
  });

  it('lets nobody but that board\'s managers read an application: not another organisation, not a member of the same organisation, not the public', async () => {
    const other = await signUpOrganization(stack.api, { name: 'Riverside Clinic' });
    const theirs = await createBoard(other, { name: 'Riverside Board', acceptsApplications: true });
    expect((await visitor().apply(theirs.settings.slug, application({ displayName: 'Morgan', email: 'morgan@example.org' }))).status).toBe(202);
    expect((await queue(other, theirs.id)).map((p) => p.displayName)).toEqual(['Morgan']);

    // Harbour's managers, Harbour's own board list, and its queue show nothing of it.
    expect((await manager.client.get(`/api/boards/${theirs.id}/applications`)).status).toBe(404);
    expect((await manager.client.get(`/api/boards/${theirs.id}`)).status).toBe(404);
    expect((await queue()).map((p) => p.email)).not.toContain('morgan@example.org');
    // A peer of Riverside who does not manage boards is stopped by the permission guard.
    const peer = await signedInPeer(stack.api, other);
    expect((await peer.client.get(`/api/boards/${theirs.id}/applications`)).status).toBe(403);
    // The public page says nothing of who applied.
    const page = await visitor().get(`/api/public/boards/${theirs.settings.slug}`);
    expect(JSON.stringify(page.body)).not.toMatch(/Morgan|morgan/);
    // Profiles of applicants are not reachable by id from the other organisation either.
    const [morgan] = await queue(other, theirs.id);
    expect((await manager.client.get(`/api/boards/${theirs.id}/members/${morgan!.id}`)).status).toBe(404);
  });

  it('closes the page and the form again when the board stops taking applications', async () => {
    expect((await manager.client.patch(`/api/boards/${board.id}`, { acceptsApplications: false })).status).toBe(200);
    const someone = visitor();
    expect((await someone.get(`/api/public/boards/${board.settings.slug}`)).status).toBe(404);
    expect((await someone.apply(board.settings.slug, application())).status).toBe(404);
    // Public pages without a form: the page, but no seats to apply for.
    expect((await manager.client.patch(`/api/boards/${board.id}`, { publicPages: true })).status).toBe(200);
    const page = await someone.get<PublicBoardView>(`/api/public/boards/${board.settings.slug}`);
    expect(page.body).toMatchObject({ acceptsApplications: false, seatTypes: [] });
    expect((await someone.apply(board.settings.slug, application())).status).toBe(404);
  });
});
