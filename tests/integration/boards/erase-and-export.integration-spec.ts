import { signUpOrganization, type TestOrganization, useTestStack } from '@cabinet/api/testing';
import type { AccountExport, BoardDetail, BoardMemberProfile, MeetingDetail, MeetingSummary, PeerInputView } from '@cabinet/shared/contracts';
import { put } from './board-helpers';
import { join, type Joined } from '../organizations/organization-helpers';

describe('a person\'s board memberships and meeting answers', () => {
  let host: TestOrganization;
  let peer: Joined;
  let board: BoardDetail;
  let membership: BoardMemberProfile;
  let meeting: MeetingSummary;

  const stack = useTestStack();

  beforeAll(async () => {
    host = await signUpOrganization(stack.api, { name: 'Harbour Services' });
    peer = await join(stack.api, host, 'member', 'Robin');
    board = (await host.client.post<BoardDetail>('/api/boards', { name: 'Harbour advisory board' })).body;
    const seat = board.seatTypes.find((s) => s.kind === 'peer')!;
    membership = (await host.client.post<BoardMemberProfile>(`/api/boards/${board.id}/members`, { userId: peer.userId, seatTypeId: seat.id, status: 'active', legalName: 'Robin Silva', phone: '+351 912 345 678' })).body;
    const startsAt = `${new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10)}T18:30`;
    [meeting] = (await host.client.post<MeetingSummary[]>(`/api/boards/${board.id}/meetings`, { title: 'Board meeting', startsAt, timeZone: 'Europe/Lisbon', durationMinutes: 90, format: 'in_person', location: 'Harbour Centre' })).body as [MeetingSummary];
    await put(peer.client, `/api/boards/${board.id}/meetings/${meeting.id}/rsvp`, { response: 'yes', needs: ['transport'], needsNote: 'I use a wheelchair' });
    await peer.client.post(`/api/boards/${board.id}/meetings/${meeting.id}/agenda/proposals`, { kind: 'discussion', title: 'Opening hours', presenter: 'Robin', durationMinutes: 15 });
    expect((await peer.client.post(`/api/boards/${board.id}/input`, { kind: 'idea', body: 'Open the drop-in on Sundays', anonymous: false })).status).toBe(201);
  });

  it('are in the person\'s data export', async () => {
    const exported = await peer.client.get<AccountExport>('/api/account/export');
    expect(exported.status).toBe(200);
    expect(exported.body.boardMemberships).toEqual([expect.objectContaining({ boardId: board.id, displayName: 'Robin', status: 'active' })]);
    expect(exported.body.meetings.answers).toEqual([expect.objectContaining({ meetingId: meeting.id, response: 'yes', needs: ['transport'], needsNote: 'I use a wheelchair' })]);
    expect(exported.body.meetings.agendaProposals).toEqual([expect.objectContaining({ meetingId: meeting.id, title: 'Opening hours', status: 'proposed' })]);
    expect(exported.body.meetings.namedInput).toEqual([expect.objectContaining({ boardId: board.id, kind: 'idea', text: 'Open the drop-in on Sundays', status: 'new' })]);
  });

  it('lose every name, contact detail and access need when the person erases their account, and keep their terms and answers', async () => {
    const erased = await peer.client.post('/api/account/erase', { currentPassword: peer.password });
    expect(erased.status).toBeLessThan(300);
    const profile = await host.client.get<BoardMemberProfile>(`/api/boards/${board.id}/members/${membership.id}`);
    expect(profile.body).toMatchObject({ displayName: 'Erased member', legalName: null, email: null, phone: null, status: 'active' });
    expect(profile.body.terms).toHaveLength(1);
    // The answer stays in the board's record; the access needs, which can reveal health, go.
    const detail = await host.client.get<MeetingDetail>(`/api/boards/${board.id}/meetings/${meeting.id}`);
    expect(detail.body.rsvps).toEqual([expect.objectContaining({ displayName: 'Erased member', response: 'yes', needs: [], needsNote: null })]);
    // What they said to the board stays, no longer linked to them.
    const input = await host.client.get<PeerInputView[]>(`/api/boards/${board.id}/input`);
    expect(input.body).toEqual([expect.objectContaining({ body: 'Open the drop-in on Sundays', author: null })]);
  });
});
