import { Mailbox, signUpOrganization, TestClient, type TestOrganization, useTestStack } from '@cabinet/api/testing';
import type { BoardDetail, CalendarFeedView, MeetingDetail, MeetingSummary } from '@cabinet/shared/contracts';
import { addMember, createBoard, fieldsOf, type Peer, put, seatId, signedInPeer } from '../boards/board-helpers';
import { monthlySeries, parseCalendar } from './calendar-helpers';

/** A date this many days ahead, at a wall-clock time, as the schedule form sends it. */
function localAhead(days: number, time: string): string {
  return `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${time}`;
}


describe('scheduling board meetings', () => {
  let manager: TestOrganization;
  let board: BoardDetail;
  let peer: Peer;
  let outsider: Peer;
  let series: MeetingSummary[];
  let guestEmail: string;

  const stack = useTestStack();

  beforeAll(async () => {
    manager = await signUpOrganization(stack.api, { name: 'Harbour Services' });
    board = await createBoard(manager, { name: 'Harbour Peer Board' });
    peer = await signedInPeer(stack.api, manager, 'Robin');
    outsider = await signedInPeer(stack.api, manager, 'Kim');
    await addMember(manager, board.id, { userId: peer.userId, seatTypeId: seatId(board, 'peer'), status: 'active' });
    guestEmail = (await addMember(manager, board.id, { seatTypeId: seatId(board, 'community'), status: 'guest', displayName: 'Ash' })).email!;
  });

  it('schedules a monthly series at 18:30 local time on either side of the change to summer time', async () => {
    const created = await manager.client.post<MeetingSummary[]>(`/api/boards/${board.id}/meetings`, monthlySeries());
    expect(created.status).toBe(201);
    series = created.body;
    expect(series.map((m) => m.startsAt)).toEqual(['2038-01-05T23:30:00.000Z', '2038-02-02T23:30:00.000Z', '2038-03-02T23:30:00.000Z', '2038-04-06T22:30:00.000Z']);
    expect(new Set(series.map((m) => m.seriesId)).size).toBe(1);
    const detail = await peer.client.get<MeetingDetail>(`/api/boards/${board.id}/meetings/${series[0]!.id}`);
    expect(detail.body).toMatchObject({ recurrence: 'FREQ=MONTHLY;BYDAY=1TU;COUNT=4', canOrganize: false, rsvps: [], timeZone: 'America/New_York' });
  });

  it('invites everyone on the board by email, with a calendar file a calendar library reads', async () => {
    const invitation = await new Mailbox().waitForSubject(guestEmail, 'Board meeting: Harbour Peer Board');
    expect(invitation.text).toContain('will meet 4 times, starting on Tuesday, 5 January 2038 at 18:30 (America/New York)');
    const file = invitation.attachments.find((a) => a.contentType.startsWith('text/calendar'));
    const events = parseCalendar(file!.content!);
    expect(events.map((e) => e.uid).sort()).toEqual(series.map((m) => `${m.id}@cabinet`).sort());
    expect(events[0]!.startDate.zone?.tzid).toBe('America/New_York');
  });

  it('refuses a rule that never ends, a meeting in the past and a hybrid meeting without a link, changing nothing', async () => {
    const before = (await manager.client.get<MeetingSummary[]>(`/api/boards/${board.id}/meetings`)).body.length;
    const endless = await manager.client.post(`/api/boards/${board.id}/meetings`, monthlySeries({ recurrence: 'FREQ=MONTHLY;BYDAY=1TU' }));
    expect([endless.status, fieldsOf(endless)]).toEqual([422, ['recurrence']]);
    const past = await manager.client.post(`/api/boards/${board.id}/meetings`, monthlySeries({ recurrence: null, startsAt: '2020-01-07T18:30' }));
    expect([past.status, fieldsOf(past)]).toEqual([422, ['startsAt']]);
    const noLink = await manager.client.post(`/api/boards/${board.id}/meetings`, monthlySeries({ onlineUrl: null }));
    expect(noLink.status).toBe(422);
    expect(fieldsOf(noLink)).toContain('onlineUrl');
    const badZone = await manager.client.post(`/api/boards/${board.id}/meetings`, monthlySeries({ timeZone: 'Mars/Olympus' }));
    expect(fieldsOf(badZone)).toContain('timeZone');
    expect((await manager.client.get<MeetingSummary[]>(`/api/boards/${board.id}/meetings`)).body).toHaveLength(before);
  });

  it('lets only organisers schedule: a member gets 404', async () => {
    const tried = await peer.client.post(`/api/boards/${board.id}/meetings`, monthlySeries({ recurrence: null, startsAt: localAhead(3, '10:00') }));
    expect(tried.status).toBe(404);
  });

  it('takes a member\'s answer with access needs that only organisers see', async () => {
    const answered = await put<MeetingDetail>(peer.client, `/api/boards/${board.id}/meetings/${series[1]!.id}/rsvp`, { response: 'yes', needs: ['interpretation', 'childcare'], needsNote: 'Portuguese, please' });
    expect(answered.status).toBe(200);
    expect(answered.body).toMatchObject({ myResponse: 'yes', myNeeds: ['interpretation', 'childcare'], myNeedsNote: 'Portuguese, please', rsvps: [] });
    expect(answered.body.counts).toMatchObject({ yes: 1 });
    const forManager = await manager.client.get<MeetingDetail>(`/api/boards/${board.id}/meetings/${series[1]!.id}`);
    expect(forManager.body.rsvps).toContainEqual(expect.objectContaining({ displayName: 'Robin', response: 'yes', needs: ['interpretation', 'childcare'] }));
    // A quick new answer keeps the needs; saying no needs clears them.
    await put(peer.client, `/api/boards/${board.id}/meetings/${series[1]!.id}/rsvp`, { response: 'maybe' });
    expect((await peer.client.get<MeetingDetail>(`/api/boards/${board.id}/meetings/${series[1]!.id}`)).body).toMatchObject({ myResponse: 'maybe', myNeeds: ['interpretation', 'childcare'] });
    await put(peer.client, `/api/boards/${board.id}/meetings/${series[1]!.id}/rsvp`, { response: 'maybe', needs: [], needsNote: null });
    expect((await peer.client.get<MeetingDetail>(`/api/boards/${board.id}/meetings/${series[1]!.id}`)).body).toMatchObject({ myResponse: 'maybe', myNeeds: [], myNeedsNote: null });
    expect((await peer.client.get<MeetingSummary[]>('/api/my/meetings')).body.map((m) => m.id)).toEqual(series.map((m) => m.id));
  });

  it('moves one meeting (the rest of the series stays) and cancels the following ones, keeping them on record', async () => {
    const moved = await manager.client.patch<MeetingDetail>(`/api/boards/${board.id}/meetings/${series[1]!.id}`, { startsAt: '2038-02-09T19:00' });
    expect(moved.status).toBe(200);
    expect(moved.body.startsAt).toBe('2038-02-10T00:00:00.000Z');
    const cancelled = await manager.client.post<MeetingDetail>(`/api/boards/${board.id}/meetings/${series[2]!.id}/cancel`, { scope: 'following', reason: 'The centre is closing for repairs' });
    expect(cancelled.status).toBe(200);
    const all = (await manager.client.get<MeetingSummary[]>(`/api/boards/${board.id}/meetings`)).body.filter((m) => m.seriesId === series[0]!.seriesId);
    expect(all.map((m) => m.status)).toEqual(['scheduled', 'scheduled', 'cancelled', 'cancelled']);
    expect(all[0]!.startsAt).toBe(series[0]!.startsAt);
    const mailbox = new Mailbox();
    expect((await mailbox.waitForSubject(guestEmail, 'Meeting moved: Harbour Peer Board')).text).toContain('Tuesday, 9 February 2038 at 19:00');
    expect((await mailbox.waitForSubject(guestEmail, 'Meeting cancelled: Harbour Peer Board')).text).toContain('with the 1 after it');
    const again = await manager.client.patch(`/api/boards/${board.id}/meetings/${series[2]!.id}`, { title: 'Revived' });
    expect([again.status, fieldsOf(again)]).toEqual([422, ['status']]);
  });

  it('serves a private calendar that a calendar library reads, with moves and cancellations under the same UID', async () => {
    const made = await peer.client.post<CalendarFeedView>('/api/calendar-feeds', { scope: 'member' });
    expect(made.status).toBe(201);
    const path = new URL(made.body.url!).pathname;
    const anyone = new TestClient(stack.api);
    const served = await anyone.get<string>(path);
    expect(served.status).toBe(200);
    expect(String(served.headers['content-type'])).toContain('text/calendar');
    const events = parseCalendar(served.body);
    expect(events.map((e) => e.uid).sort()).toEqual(series.map((m) => `${m.id}@cabinet`).sort());
    const movedEvent = events.find((e) => e.uid === `${series[1]!.id}@cabinet`)!;
    expect(movedEvent.startDate.zone?.tzid).toBe('America/New_York');
    expect(movedEvent.startDate.toString()).toBe('2038-02-09T19:00:00');
    expect(movedEvent.sequence).toBe(1);
    const cancelledEvent = events.find((e) => e.uid === `${series[3]!.id}@cabinet`)!;
    expect(cancelledEvent.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(served.body).not.toContain('Robin');

    // Someone not on the board has nothing in theirs; a revoked address stops at once.
    const theirs = await outsider.client.post<CalendarFeedView>('/api/calendar-feeds', { scope: 'member' });
    expect(parseCalendar((await anyone.get<string>(new URL(theirs.body.url!).pathname)).body)).toEqual([]);
    expect((await peer.client.get<CalendarFeedView[]>('/api/calendar-feeds')).body.map((f) => f.id)).toEqual([made.body.id]);
    expect((await peer.client.delete(`/api/calendar-feeds/${made.body.id}`)).status).toBe(204);
    expect((await anyone.get(path)).status).toBe(404);
    expect((await anyone.get('/api/calendar/not-a-real-token-at-all-xx')).status).toBe(404);
  });

  it('keeps another organisation out of the meetings and their feeds', async () => {
    const other = await signUpOrganization(stack.api, { name: 'Elsewhere' });
    expect((await other.client.get(`/api/boards/${board.id}/meetings`)).status).toBe(404);
    expect((await other.client.get(`/api/boards/${board.id}/meetings/${series[0]!.id}`)).status).toBe(404);
    expect((await other.client.post('/api/calendar-feeds', { scope: 'board', boardId: board.id })).status).toBe(404);
  });
});
