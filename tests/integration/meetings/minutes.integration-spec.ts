import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Mailbox, signUpOrganization, TestClient, type TestOrganization, useTestStack } from '@cabinet/api/testing';
import type { BoardDetail, MeetingAttendanceView, MeetingMotionsView, MeetingSummary, MinutesDiff, MinutesVersionView, MinutesView, MotionView, PublicMinutesSummary, PublicMinutesView } from '@cabinet/shared/contracts';
import { addMember, createBoard, fieldsOf, isoDay, type Peer, put, seatId, signedInPeer } from '../boards/board-helpers';
import { pdfText } from '../support/pdf-text';
import { recordAttendance, scheduleMeeting, shiftMeeting } from './meeting-room-helpers';

const DAY = 86_400_000;

/** A file download: the bytes as sent, which the JSON-minded test client would turn into text. */
async function download(api: NestFastifyApplication, url: string, client?: TestClient) {
  const cookies = client ? (client as unknown as { cookies: Map<string, string> }).cookies : new Map<string, string>();
  const response = await api.inject({ method: 'GET', url, headers: { cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') } });
  return { status: response.statusCode, headers: response.headers, bytes: response.rawPayload };
}

const MINUTES_TEXT = [
  '# March board meeting',
  '',
  '## Welcome',
  'The chair opened the meeting at 18:35.',
  '',
  '## Staff matters',
  'A confidential discussion about a named colleague.',
  '',
  '## Opening hours',
  'The board recommends opening on Saturdays.',
].join('\n');
const SUMMARY = 'The board asked the centre to open on Saturdays.';

describe('meeting minutes', () => {
  let owner: Client;
  afterAll(async () => owner?.end());
  const stack = useTestStack();
  const mailbox = new Mailbox();

  let manager: TestOrganization;
  let board: BoardDetail;
  let chair: Peer;
  let peer: Peer;
  let outsider: Peer;
  let guestEmail: string;
  let held: MeetingSummary;
  let other: MeetingSummary;
  let minutesUrl: string;

  /** A change the API would refuse (a meeting in the past, time passing), as the schema owner in the host's context. */
  async function asHost(sql: string, params: unknown[]): Promise<void> {
    await owner.query('BEGIN');
    await owner.query(`SELECT set_config('app.organization_id', $1, true)`, [manager.organizationId]);
    await owner.query(sql, params);
    await owner.query('COMMIT');
  }

  const moveIntoPast = (meetingId: string) => asHost(`UPDATE meeting SET starts_at = now() - interval '3 hours', ends_at = now() - interval '1 hour' WHERE id = $1`, [meetingId]);

  async function schedule(title: string): Promise<MeetingSummary> {
    const created = await manager.client.post<MeetingSummary[]>(`/api/boards/${board.id}/meetings`, {
      title,
      startsAt: `${new Date(Date.now() + 2 * DAY).toISOString().slice(0, 10)}T18:30`,
      timeZone: 'Europe/Lisbon',
      durationMinutes: 120,
      format: 'in_person',
      location: 'Harbour Centre, Room 2',
    });
    expect(created.status).toBe(201);
    return created.body[0]!;
  }

  beforeAll(async () => {
    owner = new Client({ connectionString: stack.database.ownerUrl });
    await owner.connect();
    manager = await signUpOrganization(stack.api, { name: 'Harbour Services' });
    board = await createBoard(manager, { name: 'Harbour Peer Board' });
    chair = await signedInPeer(stack.api, manager, 'Sam');
    peer = await signedInPeer(stack.api, manager, 'Robin');
    outsider = await signedInPeer(stack.api, manager, 'Kim');
    await addMember(manager, board.id, { userId: chair.userId, seatTypeId: seatId(board, 'peer'), status: 'active', boardRole: 'chair' });
    await addMember(manager, board.id, { userId: peer.userId, seatTypeId: seatId(board, 'peer'), status: 'active' });
    guestEmail = (await addMember(manager, board.id, { seatTypeId: seatId(board, 'community'), status: 'guest', displayName: 'Ash' })).email!;
    held = await schedule('March board meeting');
    other = await schedule('April board meeting');
    minutesUrl = `/api/boards/${board.id}/meetings/${held.id}/minutes`;
    expect((await put(peer.client, `/api/boards/${board.id}/meetings/${held.id}/rsvp`, { response: 'yes' })).status).toBe(200);
    // The chair is listed by role only: minutes, which get published, show their seat instead.
    expect((await chair.client.patch(`/api/boards/${board.id}/me`, { listedByRoleOnly: true })).status).toBe(200);
    expect((await put(chair.client, `/api/boards/${board.id}/meetings/${held.id}/rsvp`, { response: 'yes' })).status).toBe(200);
  });

  it('refuses to start minutes before the meeting has begun, and lets only organisers start them', async () => {
    const early = await manager.client.post(minutesUrl);
    expect([early.status, fieldsOf(early)]).toEqual([422, ['startsAt']]);
    await moveIntoPast(held.id);
    expect((await peer.client.post(minutesUrl)).status).toBe(404);
  });

  it('starts a draft written from the meeting, which only organisers see', async () => {
    const started = await manager.client.post<MinutesView>(minutesUrl);
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ status: 'draft', version: 1, canEdit: true, canCirculate: true, canPublish: false });
    expect(started.body.body).toContain('# March board meeting');
    expect(started.body.body).toContain('Harbour Centre, Room 2');
    expect(started.body.body).toContain('Robin');
    expect(started.body.body).toContain(board.seatTypes.find((seat) => seat.kind === 'peer')!.name);
    expect(started.body.body).not.toContain('Sam');
    expect(started.body.sections.map((s) => s.slug)).toContain('any-other-business');
    expect((await manager.client.post(minutesUrl)).status).toBe(409);
    expect((await peer.client.get(minutesUrl)).status).toBe(404);
    expect((await outsider.client.get(minutesUrl)).status).toBe(404);
  });

  it('saves each change as a new version, checks private sections and refuses a stale save', async () => {
    const saved = await manager.client.patch<MinutesView>(minutesUrl, { body: MINUTES_TEXT, privateSections: ['staff-matters'], version: 1 });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ version: 2, privateSections: ['staff-matters'] });
    expect(saved.body.sections.map((s) => s.slug)).toEqual(['welcome', 'staff-matters', 'opening-hours']);
    const unknown = await manager.client.patch(minutesUrl, { privateSections: ['budget'] });
    expect([unknown.status, fieldsOf(unknown)]).toEqual([422, ['privateSections']]);
    const stale = await manager.client.patch(minutesUrl, { body: 'Overwritten', version: 1 });
    expect([stale.status, fieldsOf(stale)]).toEqual([409, ['version']]);
    const tooLong = await manager.client.patch(minutesUrl, { body: 'x'.repeat(50_001) });
    expect([tooLong.status, fieldsOf(tooLong)]).toEqual([422, ['body']]);
    expect((await manager.client.get<MinutesView>(minutesUrl)).body).toMatchObject({ version: 2, body: MINUTES_TEXT });
  });

  it('keeps the versions, with a line diff between two of them (for organisers)', async () => {
    const versions = await manager.client.get<MinutesVersionView[]>(`${minutesUrl}/versions`);
    expect(versions.body.map((v) => [v.version, v.status])).toEqual([[2, 'draft'], [1, 'draft']]);
    const diff = await manager.client.get<MinutesDiff>(`${minutesUrl}/diff?from=1&to=2`);
    expect(diff.status).toBe(200);
    expect(diff.body.lines).toContainEqual({ kind: 'added', text: '## Staff matters' });
    expect(diff.body.lines).toContainEqual({ kind: 'removed', text: '## Any other business' });
    expect(diff.body.patch).toContain('+The board recommends opening on Saturdays.');
    // A version these minutes do not have is bad input, named like any other field.
    const missing = await manager.client.get(`${minutesUrl}/diff?from=1&to=9`);
    expect([missing.status, fieldsOf(missing)]).toEqual([422, ['to']]);
    expect((await peer.client.get(`${minutesUrl}/versions`)).status).toBe(404);
  });

  it('circulates the draft: members read it and comment per section, and get one email that says nothing of the content', async () => {
    expect((await peer.client.post(`${minutesUrl}/comments`, { section: 'welcome', body: 'Too early' })).status).toBe(404);
    const circulated = await manager.client.post<MinutesView>(`${minutesUrl}/circulate`);
    expect(circulated.status).toBe(200);
    expect(circulated.body).toMatchObject({ status: 'circulated', version: 3 });
    const until = new Date(circulated.body.commentUntil!).getTime();
    expect(Math.abs(until - (Date.now() + 7 * DAY))).toBeLessThan(60_000);
    expect((await manager.client.post(`${minutesUrl}/circulate`)).status).toBe(422);

    const read = await peer.client.get<MinutesView>(minutesUrl);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ canComment: true, canEdit: false, canPublish: false });
    const commented = await peer.client.post<MinutesView>(`${minutesUrl}/comments`, { section: 'opening-hours', body: 'We said Sundays too.' });
    expect(commented.status).toBe(201);
    expect(commented.body.comments).toEqual([expect.objectContaining({ section: 'opening-hours', author: 'Robin', mine: true, body: 'We said Sundays too.' })]);
    const nowhere = await peer.client.post(`${minutesUrl}/comments`, { section: 'budget', body: 'Hm' });
    expect([nowhere.status, fieldsOf(nowhere)]).toEqual([422, ['section']]);
    expect((await outsider.client.get(minutesUrl)).status).toBe(404);

    const email = await mailbox.waitForSubject(guestEmail, 'Minutes ready for comment: Harbour Peer Board');
    expect(email.text).toContain(`/boards/${board.id}/meetings/${held.id}/minutes`);
    for (const secret of ['March board meeting', 'Staff matters', 'Saturdays']) expect(email.text + email.subject).not.toContain(secret);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await mailbox.messagesTo(guestEmail)).filter((m) => m.subject.startsWith('Minutes ready for comment'))).toHaveLength(1);

    // Once the comment period is over, comments close.
    await asHost(`UPDATE minutes SET comment_until = now() - interval '1 minute' WHERE meeting_id = $1`, [held.id]);
    const late = await peer.client.post(`${minutesUrl}/comments`, { section: 'welcome', body: 'Too late' });
    expect([late.status, fieldsOf(late)]).toEqual([422, ['status']]);
    expect((await peer.client.get<MinutesView>(minutesUrl)).body).toMatchObject({ canComment: false });
  });

  it('lets the chair approve only where the board allows it, and a motion only when carried at a later meeting', async () => {
    const notAllowed = await chair.client.post(`${minutesUrl}/approve`, { by: 'chair' });
    expect([notAllowed.status, fieldsOf(notAllowed)]).toEqual([422, ['by']]);
    const noMotion = await manager.client.post(`${minutesUrl}/approve`, { by: 'motion', motionId: randomUUID() });
    expect([noMotion.status, fieldsOf(noMotion)]).toEqual([422, ['motionId']]);
    expect((await put(manager.client, `/api/boards/${board.id}/meeting-settings`, { reminderDays: [7, 1], agendaPublishDays: 7, commentDays: 7, chairApprovesMinutes: true })).status).toBe(200);
    const notChair = await manager.client.post(`${minutesUrl}/approve`, { by: 'chair' });
    expect([notChair.status, fieldsOf(notChair)]).toEqual([422, ['by']]);
    expect((await peer.client.post(`${minutesUrl}/approve`, { by: 'chair' })).status).toBe(404);
    expect((await chair.client.get<MinutesView>(minutesUrl)).body.canApprove).toBe(true);
    const approved = await chair.client.post<MinutesView>(`${minutesUrl}/approve`, { by: 'chair' });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', approvedBy: 'chair', version: 4 });
  });

  it('refuses to edit approved minutes or take comments on them, changing nothing', async () => {
    const edited = await manager.client.patch(minutesUrl, { body: 'Rewritten history', summary: 'Changed' });
    expect([edited.status, fieldsOf(edited)]).toEqual([422, ['status']]);
    const late = await peer.client.post(`${minutesUrl}/comments`, { section: 'welcome', body: 'One more thing' });
    expect([late.status, fieldsOf(late)]).toEqual([422, ['status']]);
    const after = (await manager.client.get<MinutesView>(minutesUrl)).body;
    expect(after).toMatchObject({ status: 'approved', version: 4, body: MINUTES_TEXT, summary: null });
    expect(after.comments).toHaveLength(1);
  });

  it('refuses to correct the attendance that approved minutes record, changing nothing', async () => {
    const attendanceUrl = `/api/boards/${board.id}/meetings/${held.id}/attendance`;
    const before = (await manager.client.get<MeetingAttendanceView>(attendanceUrl)).body;
    const someone = before.members[0]!;
    const corrected = await put(manager.client, `${attendanceUrl}/${someone.memberId}`, { status: 'absent' });
    expect([corrected.status, fieldsOf(corrected)]).toEqual([422, ['status']]);
    const guest = await manager.client.post(`/api/boards/${board.id}/meetings/${held.id}/guests`, { name: 'A late visitor', affiliation: null });
    expect([guest.status, fieldsOf(guest)]).toEqual([422, ['status']]);
    expect((await manager.client.get<MeetingAttendanceView>(attendanceUrl)).body).toEqual(before);
  });

  it('refuses to publish without a plain-language summary, then publishes with one', async () => {
    const bare = await manager.client.post(`${minutesUrl}/publish`, {});
    expect([bare.status, fieldsOf(bare)]).toEqual([422, ['summary']]);
    const blank = await manager.client.post(`${minutesUrl}/publish`, { summary: '   ' });
    expect([blank.status, fieldsOf(blank)]).toEqual([422, ['summary']]);
    expect((await manager.client.get<MinutesView>(minutesUrl)).body).toMatchObject({ status: 'approved', version: 4 });
    const published = await manager.client.post<MinutesView>(`${minutesUrl}/publish`, { summary: SUMMARY });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', summary: SUMMARY, version: 5, publicSlug: null });
  });

  it('shows published minutes without sign-in only on a public board, without their private sections', async () => {
    const anyone = new TestClient(stack.api);
    const slug = board.settings.slug;
    expect((await anyone.get(`/api/public/boards/${slug}/minutes`)).status).toBe(404);
    expect((await anyone.get(`/api/public/boards/${slug}/minutes/${held.id}`)).status).toBe(404);
    expect((await manager.client.patch(`/api/boards/${board.id}`, { publicPages: true })).status).toBe(200);

    const list = await anyone.get<PublicMinutesSummary[]>(`/api/public/boards/${slug}/minutes`);
    expect(list.status).toBe(200);
    expect(list.body).toEqual([expect.objectContaining({ meetingId: held.id, meetingTitle: 'March board meeting', summary: SUMMARY })]);
    const page = await anyone.get<PublicMinutesView>(`/api/public/boards/${slug}/minutes/${held.id}`);
    expect(page.body).toMatchObject({ boardName: 'Harbour Peer Board', summary: SUMMARY, redacted: true });
    expect(page.body.body).toContain('The board recommends opening on Saturdays.');
    expect(page.body.body).not.toContain('Staff matters');
    expect(page.body.body).not.toContain('named colleague');

    const pdf = await download(stack.api, `/api/public/boards/${slug}/minutes/${held.id}/pdf?lang=en`);
    expect([pdf.status, pdf.headers['content-type']]).toEqual([200, 'application/pdf']);
    const text = pdfText(pdf.bytes);
    expect(text).toContain(SUMMARY);
    expect(text).toContain('The board recommends opening on Saturdays.');
    expect(text).not.toContain('named colleague');

    const full = await download(stack.api, `${minutesUrl}/pdf?lang=en`, peer.client);
    expect(full.status).toBe(200);
    expect(String(full.headers['content-disposition'])).toMatch(/^attachment; filename="minutes-\d{4}-\d{2}-\d{2}\.pdf"$/);
    expect(pdfText(full.bytes)).toContain('A confidential discussion about a named colleague.');
    expect((await download(stack.api, `${minutesUrl}/pdf`, outsider.client)).status).toBe(404);
    expect((await manager.client.get<MinutesView>(minutesUrl)).body.publicSlug).toBe(slug);
  });

  it('keeps unpublished minutes off the public page', async () => {
    await moveIntoPast(other.id);
    expect((await manager.client.post(`/api/boards/${board.id}/meetings/${other.id}/minutes`)).status).toBe(201);
    const anyone = new TestClient(stack.api);
    expect((await anyone.get(`/api/public/boards/${board.settings.slug}/minutes/${other.id}`)).status).toBe(404);
    expect((await anyone.get<PublicMinutesSummary[]>(`/api/public/boards/${board.settings.slug}/minutes`)).body.map((m) => m.meetingId)).toEqual([held.id]);
    expect((await anyone.get(`/api/public/boards/no-such-board/minutes`)).status).toBe(404);
  });

  it('records when the minutes went to the governing body, refusing a date ahead', async () => {
    const ahead = await manager.client.post(`${minutesUrl}/sent`, { sentOn: isoDay(5), note: null });
    expect([ahead.status, fieldsOf(ahead)]).toEqual([422, ['sentOn']]);
    const draft = await manager.client.post(`/api/boards/${board.id}/meetings/${other.id}/minutes/sent`, { sentOn: isoDay(0) });
    expect([draft.status, fieldsOf(draft)]).toEqual([422, ['status']]);
    const sent = await manager.client.post<MinutesView>(`${minutesUrl}/sent`, { sentOn: isoDay(0), note: 'Sent to the trustees by post' });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ sentToGoverningBodyAt: isoDay(0), sentToGoverningBodyNote: 'Sent to the trustees by post' });
    expect((await peer.client.post(`${minutesUrl}/sent`, { sentOn: isoDay(0) })).status).toBe(404);
  });

  it('approves minutes by a motion carried at a later meeting of the board, and not by one of an earlier meeting', async () => {
    const other = await createBoard(manager, { name: 'Riverside Board', onboardingGatesVoting: false });
    const alice = (await addMember(manager, other.id, { seatTypeId: seatId(other, 'peer'), displayName: 'Alice' })).id;
    const bob = (await addMember(manager, other.id, { seatTypeId: seatId(other, 'peer'), displayName: 'Bob' })).id;
    const earlier = await scheduleMeeting(manager, other.id, 'January meeting');
    const later = await scheduleMeeting(manager, other.id, 'February meeting');
    expect((await manager.client.post(`/api/boards/${other.id}/meetings/${later.id}/agenda/items`, { kind: 'decision', title: 'Minutes of January', durationMinutes: 5 })).status).toBe(201);
    await shiftMeeting(stack.database.ownerUrl, manager.organizationId, earlier.id, -60 * 24 * 30);
    await shiftMeeting(stack.database.ownerUrl, manager.organizationId, later.id, -30);
    const earlierUrl = `/api/boards/${other.id}/meetings/${earlier.id}/minutes`;
    expect((await manager.client.post(earlierUrl)).status).toBe(201);
    expect((await manager.client.post(`${earlierUrl}/circulate`)).status).toBe(200);

    const room = `/api/boards/${other.id}/meetings/${later.id}`;
    await recordAttendance(manager, other.id, later.id, { [alice]: 'present', [bob]: 'present' });
    const item = (await manager.client.get<MeetingMotionsView>(`${room}/motions`)).body.decisionItems[0]!.id;
    const motion = await manager.client.post<MotionView>(`${room}/motions`, { agendaItemId: item, text: 'That the minutes of January are approved', moverMemberId: alice, seconderMemberId: bob, method: 'count' });
    expect(motion.status).toBe(201);
    expect((await put(manager.client, `${room}/motions/${motion.body.id}/count`, { for: 2, against: 0, abstain: 0 })).status).toBe(200);
    expect((await manager.client.post<MotionView>(`${room}/motions/${motion.body.id}/close`)).body.status).toBe('carried');

    // The later meeting's own minutes cannot be approved by its own motion.
    const laterUrl = `${room}/minutes`;
    expect((await manager.client.post(laterUrl)).status).toBe(201);
    expect((await manager.client.post(`${laterUrl}/circulate`)).status).toBe(200);
    const own = await manager.client.post(`${laterUrl}/approve`, { by: 'motion', motionId: motion.body.id });
    expect([own.status, fieldsOf(own)]).toEqual([422, ['motionId']]);

    const offered = (await manager.client.get<MinutesView>(earlierUrl)).body.approvalMotions;
    expect(offered).toEqual([expect.objectContaining({ id: motion.body.id, meetingTitle: 'February meeting' })]);
    const approved = await manager.client.post<MinutesView>(`${earlierUrl}/approve`, { by: 'motion', motionId: motion.body.id });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', approvedBy: 'motion' });
  });

  it('audits each state change without the minutes\' content', async () => {
    await owner.query('BEGIN');
    await owner.query(`SELECT set_config('app.organization_id', $1, true)`, [manager.organizationId]);
    const { rows } = await owner.query(`SELECT action, details FROM audit_entry WHERE entity_type = 'minutes' ORDER BY occurred_at, action`);
    await owner.query('COMMIT');
    expect(rows.filter((r) => r.details.meetingId === held.id).map((r) => r.action)).toEqual(['minutes.circulated', 'minutes.approved', 'minutes.published', 'minutes.sent_to_governing_body']);
    const details = JSON.stringify(rows.map((r) => r.details));
    for (const secret of ['Saturdays', 'colleague', SUMMARY, 'trustees']) expect(details).not.toContain(secret);
  });
});
