import { signUpOrganization, type TestOrganization, useTestStack } from '@cabinet/api/testing';
import type { AccountExport, BoardDetail, BoardMemberProfile } from '@cabinet/shared/contracts';
import { join, type Joined } from '../organizations/organization-helpers';

describe('a person\'s board memberships', () => {
  let host: TestOrganization;
  let peer: Joined;
  let board: BoardDetail;
  let membership: BoardMemberProfile;

  const stack = useTestStack();

  beforeAll(async () => {
    host = await signUpOrganization(stack.api, { name: 'Harbour Services' });
    peer = await join(stack.api, host, 'member', 'Robin');
    board = (await host.client.post<BoardDetail>('/api/boards', { name: 'Harbour advisory board' })).body;
    const seat = board.seatTypes.find((s) => s.kind === 'peer')!;
    membership = (await host.client.post<BoardMemberProfile>(`/api/boards/${board.id}/members`, { userId: peer.userId, seatTypeId: seat.id, status: 'active', legalName: 'Robin Silva', phone: '+351 912 345 678' })).body;
  });

  it('are in the person\'s data export', async () => {
    const exported = await peer.client.get<AccountExport>('/api/account/export');
    expect(exported.status).toBe(200);
    expect(exported.body.boardMemberships).toEqual([expect.objectContaining({ boardId: board.id, displayName: 'Robin', status: 'active' })]);
  });

  it('lose every name and contact detail when the person erases their account, and keep their terms', async () => {
    const erased = await peer.client.post('/api/account/erase', { currentPassword: peer.password });
    expect(erased.status).toBeLessThan(300);
    const profile = await host.client.get<BoardMemberProfile>(`/api/boards/${board.id}/members/${membership.id}`);
    expect(profile.body).toMatchObject({ displayName: 'Erased member', legalName: null, email: null, phone: null, status: 'active' });
    expect(profile.body.terms).toHaveLength(1);
  });
});
