import ICAL from 'ical.js';
import { signUpOrganization, TestClient, type TestOrganization, useTestStack } from '@cabinet/api/testing';
import type { BoardDetail, CalendarFeedView, MeetingSummary } from '@cabinet/shared/contracts';
import { addMember, createBoard, fieldsOf, type Peer, seatId, signedInPeer } from '../boards/board-helpers';
import { join } from '../organizations/organization-helpers';
import { scheduleMeeting } from './meeting-room-helpers';

/** What a calendar app gets from a feed address, read with a real calendar library. */
interface Served {
  status: number;
  text: string;
  uids: string[];
  zones: string[];
}

const uidOf = (meeting: MeetingSummary) => `${meeting.id}@cabinet`;

describe('who a calendar feed serves meetings to', () => {
  let manager: TestOrganization;
  let harbour: BoardDetail;
  let river: BoardDetail;
  let onHarbour: MeetingSummary;
  let onRiver: MeetingSummary;

  const stack = useTestStack();
  const calendarApp = () => new TestClient(stack.api);

  async function feed(client: TestClient, body: Record<string, unknown>): Promise<CalendarFeedView> {
    const made = await client.post<CalendarFeedView>('/api/calendar-feeds', body);
    if (made.status !== 201) throw new Error(`Making a feed failed: ${made.status} ${JSON.stringify(made.body)}`);
    return made.body;
  }

  async function fetchFeed(made: CalendarFeedView): Promise<Served> {
    const response = await calendarApp().get<string>(new URL(made.url!).pathname);
    if (response.status !== 200) return { status: response.status, text: '', uids: [], zones: [] };
    const calendar = new ICAL.Component(ICAL.parse(response.body));
    const zones = calendar.getAllSubcomponents('vtimezone').map((zone) => String(zone.getFirstPropertyValue('tzid')));
    return { status: 200, text: response.body, uids: calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('uid'))).sort(), zones };
  }

  /** A feed that shows nothing of a board: no event, and neither its name nor its meeting link. */
  function expectNothingOf(served: Served, board: BoardDetail): void {
    expect(served.status).toBe(200);
    expect(served.uids).toEqual([]);
    expect(served.text).not.toContain(board.settings.name);
    expect(served.text).not.toContain('meet.example.org');
  }

  async function seat(peer: Peer, board: BoardDetail): Promise<string> {
    return (await addMember(manager, board.id, { userId: peer.userId, seatTypeId: seatId(board, 'peer'), status: 'active' })).id;
  }

  beforeAll(async () => {
    manager = await signUpOrganization(stack.api, { name: 'Harbour Services' });
    harbour = await createBoard(manager, { name: 'Harbour Peer Board' });
    river = await createBoard(manager, { name: 'River Peer Board' });
    onHarbour = await scheduleMeeting(manager, harbour.id, 'Harbour meeting', 6);
    onRiver = await scheduleMeeting(manager, river.id, 'River meeting', 8);
  });

  it('serves a board feed with that board’s meetings only, each with its time zone', async () => {
    const robin = await signedInPeer(stack.api, manager, 'Robin');
    await seat(robin, harbour);
    await seat(robin, river);
    const served = await fetchFeed(await feed(robin.client, { scope: 'board', boardId: harbour.id }));
    expect(served.status).toBe(200);
    expect(served.uids).toEqual([uidOf(onHarbour)]);
    expect(served.zones).toEqual(['Europe/Lisbon']);
    expect(served.text).toContain('X-WR-CALNAME:Harbour Peer Board');
  });

  it('stops serving a board’s meetings once the member has left the board, in both of their feeds', async () => {
    const sam = await signedInPeer(stack.api, manager, 'Sam');
    const samOnHarbour = await seat(sam, harbour);
    await seat(sam, river);
    const boardFeed = await feed(sam.client, { scope: 'board', boardId: harbour.id });
    const memberFeed = await feed(sam.client, { scope: 'member' });
    expect((await fetchFeed(boardFeed)).uids).toEqual([uidOf(onHarbour)]);
    expect((await fetchFeed(memberFeed)).uids).toEqual([uidOf(onHarbour), uidOf(onRiver)].sort());

    const ended = await manager.client.post(`/api/boards/${harbour.id}/members/${samOnHarbour}/transition`, { to: 'ended', reason: 'resigned' });
    expect(ended.status).toBe(200);

    expectNothingOf(await fetchFeed(boardFeed), harbour);
    const mine = await fetchFeed(memberFeed);
    expect(mine.uids).toEqual([uidOf(onRiver)]);
    expect(mine.text).not.toContain(harbour.settings.name);
  });

  it('gives no board calendar link to a nominee, who may look at the board but does not sit on it yet', async () => {
    const lee = await signedInPeer(stack.api, manager, 'Lee');
    await addMember(manager, harbour.id, { userId: lee.userId, seatTypeId: seatId(harbour, 'peer'), status: 'nominated' });
    const before = (await lee.client.get<CalendarFeedView[]>('/api/calendar-feeds')).body;
    const refused = await lee.client.post('/api/calendar-feeds', { scope: 'board', boardId: harbour.id });
    expect(refused.status).toBe(422);
    expect(fieldsOf(refused)).toEqual(['boardId']);
    expect((await lee.client.get<CalendarFeedView[]>('/api/calendar-feeds')).body).toEqual(before);
  });

  it('stops serving a board feed to a manager who no longer manages boards', async () => {
    const kim = await join(stack.api, manager, 'service_manager', 'Kim');
    // Kim sits on no board: only the manager role lets the feed show the board.
    const boardFeed = await feed(kim.client, { scope: 'board', boardId: river.id });
    expect((await fetchFeed(boardFeed)).uids).toEqual([uidOf(onRiver)]);

    expect((await manager.client.patch(`/api/organization/members/${kim.userId}`, { role: 'staff' })).status).toBe(200);
    expectNothingOf(await fetchFeed(boardFeed), river);
  });

  it('serves nothing while the owner’s access to the organisation is disabled, and again once it is restored', async () => {
    const ash = await signedInPeer(stack.api, manager, 'Ash');
    await seat(ash, harbour);
    const boardFeed = await feed(ash.client, { scope: 'board', boardId: harbour.id });
    const memberFeed = await feed(ash.client, { scope: 'member' });

    expect((await manager.client.post(`/api/organization/members/${ash.userId}/disable`)).status).toBe(204);
    expectNothingOf(await fetchFeed(boardFeed), harbour);
    expectNothingOf(await fetchFeed(memberFeed), harbour);

    // Each fetch asks again: the feed is not closed for good, it follows the owner's access.
    expect((await manager.client.post(`/api/organization/members/${ash.userId}/enable`)).status).toBe(204);
    expect((await fetchFeed(boardFeed)).uids).toEqual([uidOf(onHarbour)]);
    expect((await fetchFeed(memberFeed)).uids).toEqual([uidOf(onHarbour)]);
  });

  it('serves nothing to the feeds of an erased member, whose board seats stay on record', async () => {
    const lee = await signedInPeer(stack.api, manager, 'Lee');
    await seat(lee, harbour);
    const memberFeed = await feed(lee.client, { scope: 'member' });
    const boardFeed = await feed(lee.client, { scope: 'board', boardId: harbour.id });
    expect((await fetchFeed(memberFeed)).uids).toEqual([uidOf(onHarbour)]);

    const erased = await manager.client.post(`/api/organization/members/${lee.userId}/erase`);
    expect(erased.status).toBe(200);
    expectNothingOf(await fetchFeed(memberFeed), harbour);
    expectNothingOf(await fetchFeed(boardFeed), harbour);
  });

  it('closes a revoked board feed with a 404 while the owner’s other feeds keep working', async () => {
    const jo = await signedInPeer(stack.api, manager, 'Jo');
    await seat(jo, harbour);
    const revoked = await feed(jo.client, { scope: 'board', boardId: harbour.id });
    const kept = await feed(jo.client, { scope: 'member' });
    expect((await jo.client.delete(`/api/calendar-feeds/${revoked.id}`)).status).toBe(204);
    expect((await fetchFeed(revoked)).status).toBe(404);
    expect((await fetchFeed(kept)).uids).toEqual([uidOf(onHarbour)]);
    expect((await jo.client.get<CalendarFeedView[]>('/api/calendar-feeds')).body.map((f) => f.id)).toEqual([kept.id]);
  });
});
