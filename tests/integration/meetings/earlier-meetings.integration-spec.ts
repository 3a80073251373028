import { signUpOrganization, type TestOrganization, useTestStack } from '@cabinet/api/testing';
import type { BoardDetail, MeetingSummary } from '@cabinet/shared/contracts';
import { createBoard, fieldsOf } from '../boards/board-helpers';
import { scheduleMeeting, shiftMeeting } from './meeting-room-helpers';

describe("a board's meetings from earlier years", () => {
  let manager: TestOrganization;
  let board: BoardDetail;
  const titles = { lastYear: 'Meeting of last spring', lastMonth: 'Meeting of last month', next: 'Next meeting' };

  const stack = useTestStack();
  const list = (query = '') => manager.client.get<MeetingSummary[]>(`/api/boards/${board.id}/meetings${query}`);

  beforeAll(async () => {
    manager = await signUpOrganization(stack.api, { name: 'Harbour Services' });
    board = await createBoard(manager, { name: 'Harbour Record Board' });
    const lastYear = await scheduleMeeting(manager, board.id, titles.lastYear, 3);
    const lastMonth = await scheduleMeeting(manager, board.id, titles.lastMonth, 4);
    await scheduleMeeting(manager, board.id, titles.next, 5);
    await shiftMeeting(stack.database.ownerUrl, manager.organizationId, lastYear.id, -250 * 24 * 60, 120, 'held');
    await shiftMeeting(stack.database.ownerUrl, manager.organizationId, lastMonth.id, -30 * 24 * 60, 120, 'held');
  });

  it('lists the last 90 days on by default, and every earlier meeting on request, oldest first', async () => {
    expect((await list()).body.map((m) => m.title)).toEqual([titles.lastMonth, titles.next]);
    expect((await list('?past=recent')).body.map((m) => m.title)).toEqual([titles.lastMonth, titles.next]);
    const all = await list('?past=all');
    expect(all.status).toBe(200);
    expect(all.body.map((m) => m.title)).toEqual([titles.lastYear, titles.lastMonth, titles.next]);
  });

  it('refuses a request it does not understand, naming the field', async () => {
    const refused = await list('?past=forever');
    expect(refused.status).toBe(422);
    expect(fieldsOf(refused)).toEqual(['past']);
    expect((await list('?since=2020-01-01')).status).toBe(422);
  });
});
