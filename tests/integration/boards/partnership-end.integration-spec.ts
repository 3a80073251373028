import { signUpOrganization, type TestClient, type TestOrganization, useTestStack, withAppRole } from '@cabinet/api/testing';
import type { BoardDetail, BoardMemberProfile, BoardPartnerView, BoardSummary, PartnerInvitationCreated, PartnerInvitationView } from '@cabinet/shared/contracts';
import { auditEntries } from '../organizations/organization-helpers';
import { addMember, createBoard, fieldsOf, getBoard, type Peer, seatId, signedInPeer } from './board-helpers';

type PartnersAnswer = { partners: BoardPartnerView[]; invitations: PartnerInvitationView[] };

const tokenOf = (created: PartnerInvitationCreated): string => new URL(created.url).searchParams.get('token')!;

describe('ending a joint venture', () => {
  let host: TestOrganization;
  let community: TestOrganization;
  let youth: TestOrganization;
  let stranger: TestOrganization;
  let board: BoardDetail;
  /** A peer of the community group, co-chair of the board. */
  let kai: Peer;
  let kaiOnBoard: BoardMemberProfile;

  const stack = useTestStack();

  const invite = async (by: TestOrganization): Promise<PartnerInvitationCreated> => {
    const response = await by.client.post<PartnerInvitationCreated>(`/api/boards/${board.id}/partner-invitations`, {});
    expect(response.status).toBe(201);
    return response.body;
  };
  const accept = (org: TestOrganization, token: string) => org.client.post<BoardSummary>('/api/board-partnerships/accept', { token });
  const end = (client: TestClient, organizationId: string, boardId = board.id) => client.delete(`/api/boards/${boardId}/partners/${organizationId}`);
  const partnersSeenBy = async (org: TestOrganization): Promise<PartnersAnswer> => {
    const response = await org.client.get<PartnersAnswer>(`/api/boards/${board.id}/partners`);
    expect(response.status).toBe(200);
    return response.body;
  };
  const partnerIds = async (): Promise<string[]> => (await partnersSeenBy(host)).partners.map((p) => p.organizationId).sort();
  const endings = async (org: TestOrganization) => (await auditEntries(stack.database.appUrl, org.organizationId)).filter((e) => e.action === 'board.partnership_ended');
  /** What row-level security itself lets the organisation read of the board, below the API. */
  const rowsVisibleTo = (organizationId: string) =>
    withAppRole(stack.database.appUrl, { 'app.organization_id': organizationId }, async (client) => {
      const count = async (sql: string) => ((await client.query(sql, [board.id])).rows[0] as { count: number }).count;
      return {
        board: await count('SELECT count(*)::int AS count FROM board WHERE id = $1'),
        members: await count('SELECT count(*)::int AS count FROM board_member WHERE board_id = $1'),
        seats: await count('SELECT count(*)::int AS count FROM seat_type WHERE board_id = $1'),
        partners: await count('SELECT count(*)::int AS count FROM board_partner WHERE board_id = $1'),
      };
    });

  beforeAll(async () => {
    [host, community, youth, stranger] = await Promise.all([
      signUpOrganization(stack.api, { name: 'Harbour Services' }),
      signUpOrganization(stack.api, { name: 'Neighbours Together', kind: 'community' }),
      signUpOrganization(stack.api, { name: 'Riverside Youth', kind: 'community' }),
      signUpOrganization(stack.api, { name: 'Unrelated Agency' }),
    ]);
    board = await createBoard(host, { name: 'Harbour Community Board' });
    await addMember(host, board.id, { displayName: 'Robin', seatTypeId: seatId(board, 'peer') });
    expect((await accept(community, tokenOf(await invite(host)))).status).toBe(200);
    expect((await accept(youth, tokenOf(await invite(host)))).status).toBe(200);
    // The community group seats one of its own people, as co-chair.
    kai = await signedInPeer(stack.api, community, 'Kai');
    kaiOnBoard = await addMember(community, board.id, { userId: kai.userId, seatTypeId: seatId(board, 'peer'), boardRole: 'co_chair' });
  });

  it('refuses removing the host, a non-partner or another partner, and answers another tenant 404, changing nothing', async () => {
    const before = await partnersSeenBy(host);

    for (const [who, organizationId] of [
      [host, host.organizationId],
      [community, host.organizationId],
      [host, stranger.organizationId],
    ] as const) {
      const refused = await end(who.client, organizationId);
      expect(refused.status).toBe(422);
      expect(fieldsOf(refused)).toEqual(['organizationId']);
    }
    // Partners run the board as equals with the host, not over each other: a partner ends only its own.
    expect((await end(community.client, youth.organizationId)).status).toBe(403);
    expect((await end(community.client, stranger.organizationId)).status).toBe(403);
    // Sitting on the board is not managing it.
    expect((await end(kai.client, community.organizationId)).status).toBe(403);
    // Another tenant's board is not there at all; nor is an id that names nothing.
    expect((await end(stranger.client, community.organizationId)).status).toBe(404);
    expect((await end(stranger.client, stranger.organizationId)).status).toBe(404);
    expect((await end(host.client, 'not-an-id')).status).toBe(404);

    expect(await partnersSeenBy(host)).toEqual(before);
    expect(await partnerIds()).toEqual([community.organizationId, youth.organizationId].sort());
    expect((await getBoard(community.client, board.id)).relation).toBe('partner');
    for (const org of [host, community, youth, stranger]) expect(await endings(org)).toEqual([]);
  });

  it('lets a partner’s managers leave: the board disappears for them, and links their people made stop working', async () => {
    const theirLink = await invite(youth);
    const hostLink = await invite(host);
    expect((await getBoard(youth.client, board.id)).relation).toBe('partner');

    expect((await end(youth.client, youth.organizationId)).status).toBe(204);

    const base = `/api/boards/${board.id}`;
    const attempts = [
      await youth.client.get(base),
      await youth.client.patch(base, { name: 'Still ours' }),
      await youth.client.get(`${base}/partners`),
      await youth.client.post(`${base}/partner-invitations`, {}),
      await youth.client.get(`${base}/members/${kaiOnBoard.id}`),
      await end(youth.client, youth.organizationId),
    ];
    expect(attempts.map((a) => a.status)).toEqual(attempts.map(() => 404));
    expect((await youth.client.get<BoardSummary[]>('/api/boards')).body).toEqual([]);
    expect(await rowsVisibleTo(youth.organizationId)).toEqual({ board: 0, members: 0, seats: 0, partners: 0 });

    // A link they made before leaving would bring them back without the host: it is withdrawn. The host's own stays.
    expect((await accept(youth, tokenOf(theirLink))).status).toBe(410);
    const invitations = (await partnersSeenBy(host)).invitations;
    expect(invitations.find((i) => i.id === theirLink.id)?.status).toBe('revoked');
    expect(invitations.find((i) => i.id === hostLink.id)?.status).toBe('pending');
    expect(await partnerIds()).toEqual([community.organizationId]);

    // Both trails record it; the other partner's does not.
    const details = { partnerOrganizationId: youth.organizationId, endedBy: 'partner', linksWithdrawn: 1 };
    expect(await endings(youth)).toEqual([{ action: 'board.partnership_ended', entity_id: board.id, details: expect.objectContaining(details) }]);
    expect(await endings(host)).toEqual([{ action: 'board.partnership_ended', entity_id: board.id, details: expect.objectContaining(details) }]);
    expect(await endings(community)).toEqual([]);
  });

  it('lets the host end a partnership: the partner and its people lose the board, and their co-chair keeps the seat', async () => {
    const before = await getBoard(host.client, board.id);
    expect((await kai.client.get<BoardSummary[]>('/api/boards')).body.map((b) => b.id)).toEqual([board.id]);

    expect((await end(host.client, community.organizationId)).status).toBe(204);

    expect((await community.client.get(`/api/boards/${board.id}`)).status).toBe(404);
    expect((await community.client.get<BoardSummary[]>('/api/boards')).body).toEqual([]);
    expect(await rowsVisibleTo(community.organizationId)).toEqual({ board: 0, members: 0, seats: 0, partners: 0 });
    // Kai's account is the community group's: the board is out of reach through it.
    expect((await kai.client.get(`/api/boards/${board.id}`)).status).toBe(404);
    expect((await kai.client.get<BoardSummary[]>('/api/boards')).body).toEqual([]);

    // The board's make-up is the host's to change: nobody left it with the partnership.
    const after = await getBoard(host.client, board.id);
    expect(after.partners).toEqual([]);
    expect(after.roster).toEqual(before.roster);
    expect(after.roster.find((r) => r.id === kaiOnBoard.id)).toMatchObject({ status: 'active', boardRole: 'co_chair' });
    expect(after.meter).toEqual(before.meter);

    const details = { partnerOrganizationId: community.organizationId, endedBy: 'host', linksWithdrawn: 0 };
    expect(await endings(community)).toEqual([{ action: 'board.partnership_ended', entity_id: board.id, details: expect.objectContaining(details) }]);
    expect((await endings(host)).at(-1)).toEqual({ action: 'board.partnership_ended', entity_id: board.id, details: expect.objectContaining(details) });
    expect(await rowsVisibleTo(host.organizationId)).toMatchObject({ board: 1, partners: 0 });
  });

  it('takes the partner back only through a new link from the board', async () => {
    expect((await end(host.client, community.organizationId)).status).toBe(422);
    const again = await accept(community, tokenOf(await invite(host)));
    expect(again.status).toBe(200);
    expect((await getBoard(community.client, board.id)).relation).toBe('partner');
    expect((await kai.client.get<BoardSummary[]>('/api/boards')).body.map((b) => b.id)).toEqual([board.id]);
  });
});
