import { signUpOrganization, type TestOrganization, useTestStack } from '@cabinet/api/testing';
import type {
  BoardDetail,
  BoardMemberProfile,
  BoardPartnerView,
  BoardSummary,
  MemberView,
  PartnerInvitationCreated,
  PartnerInvitationView,
  PartnershipPreview,
} from '@cabinet/shared/contracts';
import { auditEntries } from '../organizations/organization-helpers';
import { addMember, createBoard, fieldsOf, getBoard, getProfile, seatId, signedInPeer } from './board-helpers';

const tokenOf = (created: PartnerInvitationCreated): string => new URL(created.url).searchParams.get('token')!;

describe('a joint-venture board', () => {
  let host: TestOrganization;
  let community: TestOrganization;
  let stranger: TestOrganization;
  let board: BoardDetail;
  let link: PartnerInvitationCreated;
  let hostAdminOnBoard: BoardMemberProfile;
  let robin: BoardMemberProfile;

  const stack = useTestStack();

  beforeAll(async () => {
    [host, community, stranger] = await Promise.all([
      signUpOrganization(stack.api, { name: 'Harbour Services' }),
      signUpOrganization(stack.api, { name: 'Neighbours Together', kind: 'community' }),
      signUpOrganization(stack.api, { name: 'Unrelated Agency' }),
    ]);
    board = await createBoard(host, { name: 'Harbour Community Board' });
    hostAdminOnBoard = await addMember(host, board.id, { userId: host.userId, seatTypeId: seatId(board, 'staff') });
    robin = await addMember(host, board.id, { displayName: 'Robin', legalName: 'Robin Quayle', email: 'robin@example.org', seatTypeId: seatId(board, 'peer') });
  });

  const invite = async (email: string | null = null): Promise<PartnerInvitationCreated> => {
    const response = await host.client.post<PartnerInvitationCreated>(`/api/boards/${board.id}/partner-invitations`, { email });
    expect(response.status).toBe(201);
    return response.body;
  };
  const preview = (org: TestOrganization, token: string) => org.client.get<PartnershipPreview>(`/api/board-partnerships/preview?token=${encodeURIComponent(token)}`);
  const accept = (org: TestOrganization, token: string) => org.client.post<BoardSummary>('/api/board-partnerships/accept', { token });

  it('makes a single-use partnership link whose preview shows the board and the host to the community group\'s admin', async () => {
    link = await invite('admin@neighbours.example.org');
    expect(link.url).toMatch(/^http:\/\/localhost:3000\/partnerships\/accept\?token=[A-Za-z0-9_-]{20,}$/);
    const days = (Date.parse(link.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.9);
    expect(days).toBeLessThanOrEqual(14);

    const shown = await preview(community, tokenOf(link));
    expect(shown.status).toBe(200);
    expect(shown.body).toEqual({ boardName: 'Harbour Community Board', hostOrganizationName: 'Harbour Services', expiresAt: link.expiresAt });
    // Before accepting, the board is not theirs.
    expect((await community.client.get(`/api/boards/${board.id}`)).status).toBe(404);
    expect((await community.client.get<BoardSummary[]>('/api/boards')).body).toEqual([]);
    // An unknown or malformed token is the same expired-link answer, or bad input.
    expect((await preview(community, 'x'.repeat(43))).status).toBe(410);
    const malformed = await preview(community, 'short');
    expect(malformed.status).toBe(422);
    expect(fieldsOf(malformed)).toEqual(['token']);
  });

  it('lets the community group\'s admin accept: the board appears in their list as a partner board, and both sides see each other\'s name', async () => {
    const accepted = await accept(community, tokenOf(link));
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ id: board.id, relation: 'partner', hostOrganizationName: 'Harbour Services', canManage: true, activeMembers: 2 });

    const list = await community.client.get<BoardSummary[]>('/api/boards');
    expect(list.body).toEqual([expect.objectContaining({ id: board.id, name: 'Harbour Community Board', relation: 'partner', hostOrganizationName: 'Harbour Services', canManage: true })]);
    const forPartner = await getBoard(community.client, board.id);
    expect(forPartner).toMatchObject({ relation: 'partner', hostOrganizationName: 'Harbour Services', canManage: true, partners: [{ organizationId: community.organizationId, name: 'Neighbours Together' }] });

    const forHost = await getBoard(host.client, board.id);
    expect(forHost.partners).toEqual([{ organizationId: community.organizationId, name: 'Neighbours Together', since: expect.any(String) }]);
    const partners = await host.client.get<{ partners: BoardPartnerView[]; invitations: PartnerInvitationView[] }>(`/api/boards/${board.id}/partners`);
    expect(partners.body.invitations).toEqual([expect.objectContaining({ id: link.id, email: 'admin@neighbours.example.org', status: 'accepted' })]);

    // Both audit trails record it.
    expect((await auditEntries(stack.database.appUrl, community.organizationId)).some((e) => e.action === 'board.partnership_accepted' && e.entity_id === board.id)).toBe(true);
    const joined = (await auditEntries(stack.database.appUrl, host.organizationId)).find((e) => e.action === 'board.partner_joined');
    expect(joined).toMatchObject({ entity_id: board.id, details: { partnerOrganizationId: community.organizationId } });
  });

  it('uses a link once: accepting it again, or by anyone else, is 410', async () => {
    expect((await accept(community, tokenOf(link))).status).toBe(410);
    expect((await accept(stranger, tokenOf(link))).status).toBe(410);
    expect((await preview(stranger, tokenOf(link))).status).toBe(410);
    expect((await stranger.client.get(`/api/boards/${board.id}`)).status).toBe(404);
  });

  it('refuses a withdrawn link (410), and a link to the host itself (422) or to a funder (403)', async () => {
    const revoked = await invite();
    expect((await host.client.delete(`/api/boards/${board.id}/partner-invitations/${revoked.id}`)).status).toBe(204);
    expect((await preview(stranger, tokenOf(revoked))).status).toBe(410);
    expect((await accept(stranger, tokenOf(revoked))).status).toBe(410);
    expect((await host.client.delete(`/api/boards/${board.id}/partner-invitations/${revoked.id}`)).status).toBe(404);

    const own = await invite();
    const self = await accept(host, tokenOf(own));
    expect(self.status).toBe(422);
    expect(fieldsOf(self)).toEqual(['token']);
    const funder = await signUpOrganization(stack.api, { name: 'State Health Department', kind: 'funder' });
    expect((await accept(funder, tokenOf(own))).status).toBe(403);
    expect((await getBoard(host.client, board.id)).partners.map((p) => p.name)).toEqual(['Neighbours Together']);

    const statuses = (await host.client.get<{ invitations: PartnerInvitationView[] }>(`/api/boards/${board.id}/partners`)).body.invitations;
    expect(statuses.find((i) => i.id === revoked.id)?.status).toBe('revoked');
    expect(statuses.find((i) => i.id === own.id)?.status).toBe('pending');
  });

  it('lets the community group\'s admin add a member and change settings, seen by the host', async () => {
    const added = await community.client.post<BoardMemberProfile>(`/api/boards/${board.id}/members`, { displayName: 'Ari', email: 'ari@example.org', seatTypeId: seatId(board, 'community'), status: 'guest' });
    expect(added.status).toBe(201);
    const changed = await community.client.patch<BoardDetail>(`/api/boards/${board.id}`, { purpose: 'Peers and the agency, on an equal footing.' });
    expect(changed.status).toBe(200);

    const forHost = await getBoard(host.client, board.id);
    expect(forHost.settings.purpose).toBe('Peers and the agency, on an equal footing.');
    expect(forHost.roster.find((r) => r.id === added.body.id)).toMatchObject({ displayName: 'Ari', email: 'ari@example.org', status: 'guest' });
    // Co-chairs from each side.
    expect((await community.client.patch(`/api/boards/${board.id}/members/${robin.id}`, { boardRole: 'co_chair' })).status).toBe(200);
    // The member's record is the host's row, in the partner manager's audit chain.
    const partnerAudit = await auditEntries(stack.database.appUrl, community.organizationId);
    expect(partnerAudit.some((e) => e.action === 'board_member.added' && e.entity_id === added.body.id)).toBe(true);
  });

  it('shows the partner nothing of the host\'s own people beyond their place on the board', async () => {
    const forPartner = await getBoard(community.client, board.id);
    // The host's admin sits on the board: the partner sees the name on the roster, not the account's email.
    expect(forPartner.roster.find((r) => r.id === hostAdminOnBoard.id)).toMatchObject({ displayName: 'Test Admin', hasAccount: true, email: null, legalName: null });
    const profile = await getProfile(community.client, board.id, hostAdminOnBoard.id);
    expect(profile).toMatchObject({ email: null, legalName: null });
    expect(JSON.stringify(forPartner)).not.toContain(host.email);
    expect(JSON.stringify(profile)).not.toContain(host.email);

    // Linking one of the host's accounts from the partner's side is refused: only the partner's own people.
    const linked = await community.client.post(`/api/boards/${board.id}/members`, { userId: host.userId, seatTypeId: seatId(board, 'peer'), status: 'guest' });
    expect(linked.status).toBe(422);
    expect(fieldsOf(linked)).toEqual(['userId']);
    const relinked = await community.client.patch(`/api/boards/${board.id}/members/${robin.id}`, { userId: host.userId });
    expect(relinked.status).toBe(422);

    // Their own organisation's member list stays theirs.
    const members = await community.client.get<MemberView[]>('/api/organization/members');
    expect(members.body.map((m) => m.userId)).toEqual([community.userId]);
    // A partner's people can sit on the board.
    const peer = await signedInPeer(stack.api, community, 'Kai');
    const seated = await addMember(community, board.id, { userId: peer.userId, seatTypeId: seatId(board, 'peer') });
    expect(seated).toMatchObject({ userId: peer.userId, displayName: 'Kai' });
    expect((await peer.client.get<BoardSummary[]>('/api/boards')).body).toEqual([expect.objectContaining({ id: board.id, relation: 'partner', myStatus: 'active', canManage: false })]);
  });

  it('shows a third organisation nothing of the board: 404 on every board route', async () => {
    const base = `/api/boards/${board.id}`;
    const attempts = [
      await stranger.client.get(base),
      await stranger.client.patch(base, { name: 'Mine now' }),
      await stranger.client.get(`${base}/applications`),
      await stranger.client.get(`${base}/partners`),
      await stranger.client.post(`${base}/partner-invitations`, {}),
      await stranger.client.post(`${base}/members`, { displayName: 'Intruder', seatTypeId: seatId(board, 'peer'), status: 'active' }),
      await stranger.client.get(`${base}/members/${robin.id}`),
      await stranger.client.post(`${base}/members/${robin.id}/transition`, { to: 'ended', reason: 'removed' }),
      await stranger.client.post(`${base}/seat-types`, { name: 'Intruders', kind: 'custom', voting: true }),
      await stranger.client.delete(`${base}/seat-types/${seatId(board, 'ex_officio')}`),
    ];
    expect(attempts.map((a) => a.status)).toEqual(attempts.map(() => 404));
    expect((await stranger.client.get<BoardSummary[]>('/api/boards')).body).toEqual([]);
    const forHost = await getBoard(host.client, board.id);
    expect(forHost.settings.name).toBe('Harbour Community Board');
    expect(forHost.roster.map((r) => r.displayName)).not.toContain('Intruder');
    expect(forHost.seatTypes).toHaveLength(5);
  });
});
