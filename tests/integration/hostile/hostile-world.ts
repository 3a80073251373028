import { EVIDENCE_MAX_BYTES, type BoardDetail, type CompliancePackView, type InputChannelChange, type MeetingAttendanceView, type MeetingMotionsView, type RecommendationDetail, type SubmittedInput } from '@cabinet/shared/contracts';
import { signUpOrganization, TestClient, type TestOrganization, type TestStack } from '@cabinet/api/testing';
import { addMember, createBoard, isoDay, type Peer, put, seatId, signedInPeer } from '../boards/board-helpers';
import { scheduleMeeting } from '../meetings/meeting-room-helpers';
import { join } from '../organizations/organization-helpers';
import { expectOk, meetingWithMotions, recommendationAt } from '../recommendations/recommendation-helpers';

/** A compliance pack every pack route accepts. */
export const PACK = {
  name: 'Hostile pack',
  description: 'Four meetings a year',
  rules: [{ key: 'four-meetings', kind: 'meetings_held', title: 'Four meetings a year', params: { min: 4, period: { per: 'year' } }, source: { citation: 'Our grant terms', url: 'https://example.org/terms' } }],
};

/** A token shaped like the real ones that opens nothing. */
export const UNKNOWN_TOKEN = 'A'.repeat(43);

/** A first bytes of a PDF, enough for the evidence route to take it as one. */
export const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), Buffer.from('1 0 obj\n<<>>\nendobj\n%%EOF\n')]);
export { EVIDENCE_MAX_BYTES };

/** One organisation with a real object behind every kind of id a write route takes, and the people who act on them. */
export interface HostileWorld {
  admin: TestOrganization;
  funder: TestOrganization;
  anonymous: TestClient;
  peer: Peer;
  liaisonUserId: string;
  liaison: TestClient;
  board: BoardDetail;
  slug: string;
  sayToken: string;
  ids: {
    boardId: string;
    seatTypeId: string;
    stepId: string;
    memberId: string;
    /** A member moved between statuses by the transition route (kept apart so a valid move changes no other fixture). */
    movingMemberId: string;
    voterIds: string[];
    partnerInvitationId: string;
    upcomingMeetingId: string;
    cancellableMeetingId: string;
    heldMeetingId: string;
    itemId: string;
    decisionItemId: string;
    guestId: string;
    motionId: string;
    inputId: string;
    recommendationId: string;
    milestoneId: string;
    updateId: string;
    fileId: string;
    feedId: string;
    packId: string;
    seededPackId: string;
    grantId: string;
    invitationId: string;
    sessionId: string;
  };
}

function ok<T>(response: { status: number; body: unknown }, what: string): T {
  if (response.status >= 300) throw new Error(`${what} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as T;
}

/** Builds the world through the real routes (the worker must run: sign-up and invitations go by email). */
export async function buildHostileWorld(stack: TestStack): Promise<HostileWorld> {
  const admin = await signUpOrganization(stack.api, { name: 'Hostile Harbour' });
  const funder = await signUpOrganization(stack.api, { name: 'Hostile Funder', kind: 'funder' });
  const peer = await signedInPeer(stack.api, admin, 'Robin');
  const liaison = await join(stack.api, admin, 'agency_liaison', 'Lee');
  const board = await createBoard(admin, { name: 'Hostile Board', publicPages: true, acceptsApplications: true, onboardingGatesVoting: false });
  const peerSeat = seatId(board, 'peer');
  // First, while its three voters are the whole board (more members would leave it without a quorum).
  const held = await meetingWithMotions(stack.database.ownerUrl, admin, board, ['carried']);
  const member = await addMember(admin, board.id, { seatTypeId: peerSeat, displayName: 'Sam' });
  const moving = await addMember(admin, board.id, { seatTypeId: peerSeat, displayName: 'Mo' });
  await addMember(admin, board.id, { userId: peer.userId, seatTypeId: peerSeat });
  const partnerInvitation = ok<{ id: string }>(await admin.client.post(`/api/boards/${board.id}/partner-invitations`, {}), 'Inviting a partner');

  const heldUrl = `/api/boards/${board.id}/meetings/${held.meetingId}`;
  const motions = ok<MeetingMotionsView>(await admin.client.get(`${heldUrl}/motions`), 'Reading motions');
  ok(await admin.client.post(`${heldUrl}/minutes`), 'Starting minutes');
  const voterIds = ok<MeetingAttendanceView>(await admin.client.get(`${heldUrl}/attendance`), 'Reading attendance').members.map((line) => line.memberId);

  const upcoming = await scheduleMeeting(admin, board.id, 'Upcoming meeting', 6);
  const cancellable = await scheduleMeeting(admin, board.id, 'Meeting to cancel', 8);
  const upcomingUrl = `/api/boards/${board.id}/meetings/${upcoming.id}`;
  const agenda = ok<{ items: Array<{ id: string }> }>(await admin.client.post(`${upcomingUrl}/agenda/items`, { kind: 'discussion', title: 'Opening hours', durationMinutes: 10 }), 'Adding an agenda item');
  const guests = ok<MeetingAttendanceView>(await admin.client.post(`${heldUrl}/guests`, { name: 'Visiting nurse' }), 'Adding a guest');

  const input = ok<SubmittedInput>(await peer.client.post(`/api/boards/${board.id}/input`, { kind: 'idea', body: 'Open on Saturdays too.' }), 'Submitting input');
  const channel = ok<InputChannelChange>(await put(admin.client, `/api/boards/${board.id}/input-channel`, { publicEnabled: true, kioskEnabled: false, ackDays: 7 }), 'Opening the input channel');

  const parties = { boardId: board.id, organizer: admin.client, liaison: liaison.client, addressedOrganizationId: admin.organizationId, liaisonUserId: liaison.userId, motionId: held.motionIds[0]!, meetingId: held.meetingId };
  const inProgress = await recommendationAt(parties, 'in_progress', 'Longer opening hours');
  const recommendationUrl = `/api/boards/${board.id}/recommendations/${inProgress.id}`;
  const progressed = expectOk(await liaison.client.post(`${recommendationUrl}/progress`, { text: 'Evening worker hired', percentComplete: 40 }), 201);
  const updateId = progressed.progress.at(-1)!.id;
  const attached = ok<RecommendationDetail>(await liaison.client.upload(`${recommendationUrl}/progress/${updateId}/evidence?name=report.pdf`, PDF, 'application/pdf'), 'Attaching evidence');

  const feed = ok<{ id: string }>(await admin.client.post('/api/calendar-feeds', { scope: 'board', boardId: board.id }), 'Making a calendar feed');
  const pack = ok<{ id: string }>(await admin.client.post('/api/compliance/packs', PACK), 'Composing a pack');
  ok(await admin.client.post(`/api/boards/${board.id}/compliance/packs`, { packId: pack.id }), 'Attaching the pack');
  const seeded = ok<CompliancePackView[]>(await funder.client.get('/api/compliance/packs'), 'Listing packs').find((one) => one.seeded)!;
  const grant = ok<{ id: string }>(await funder.client.post('/api/grants', { title: 'Hostile grant', granteeEmail: admin.email, startsOn: isoDay(30), packIds: [seeded.id] }), 'Recording a grant');
  const invitation = ok<{ id: string }>(await admin.client.post('/api/organization/invitations', { email: 'invitee@example.org', role: 'staff' }), 'Inviting');
  const sessions = ok<Array<{ id: string; current: boolean }>>(await admin.client.get('/api/account/sessions'), 'Listing sessions');

  return {
    admin,
    funder,
    anonymous: new TestClient(stack.api),
    peer,
    liaisonUserId: liaison.userId,
    liaison: liaison.client,
    board,
    slug: board.settings.slug,
    sayToken: channel.link?.url.split('/say/')[1] ?? UNKNOWN_TOKEN,
    ids: {
      boardId: board.id,
      seatTypeId: peerSeat,
      stepId: board.onboardingSteps[0]!.id,
      memberId: member.id,
      movingMemberId: moving.id,
      voterIds,
      partnerInvitationId: partnerInvitation.id,
      upcomingMeetingId: upcoming.id,
      cancellableMeetingId: cancellable.id,
      heldMeetingId: held.meetingId,
      itemId: agenda.items[0]!.id,
      decisionItemId: motions.decisionItems[0]!.id,
      guestId: guests.guests[0]!.id,
      motionId: held.motionIds[0]!,
      inputId: input.id,
      recommendationId: inProgress.id,
      milestoneId: inProgress.milestones[0]!.id,
      updateId,
      fileId: attached.progress.find((update) => update.id === updateId)!.files[0]!.id,
      feedId: feed.id,
      packId: pack.id,
      seededPackId: seeded.id,
      grantId: grant.id,
      invitationId: invitation.id,
      sessionId: sessions.find((session) => session.current)!.id,
    },
  };
}
