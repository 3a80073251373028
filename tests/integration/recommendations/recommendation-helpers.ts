import { Client } from 'pg';
import type { TestOrganization } from '@cabinet/api/testing';
import type { BoardDetail, MeetingMotionsView, MotionView, RecommendationDetail } from '@cabinet/shared/contracts';
import { addMember, put, seatId } from '../boards/board-helpers';
import { recordAttendance, scheduleMeeting, shiftMeeting } from '../meetings/meeting-room-helpers';

export interface HeldDecisions {
  meetingId: string;
  /** One motion per result asked for, in order. */
  motionIds: string[];
}

/**
 * A meeting under way on the board, with three voting members present, and one motion per
 * result asked for, voted by count and closed through the meetings API.
 */
export async function meetingWithMotions(ownerUrl: string, manager: TestOrganization, board: BoardDetail, results: Array<'carried' | 'failed'>): Promise<HeldDecisions> {
  const voters: string[] = [];
  for (const name of ['Vi', 'Wes', 'Xan']) voters.push((await addMember(manager, board.id, { seatTypeId: seatId(board, 'peer'), displayName: name })).id);
  const meeting = await scheduleMeeting(manager, board.id, 'Recommendations meeting');
  const base = `/api/boards/${board.id}/meetings/${meeting.id}`;
  for (const [index] of results.entries()) {
    const added = await manager.client.post(`${base}/agenda/items`, { kind: 'decision', title: `Decision ${index + 1}`, durationMinutes: 10 });
    if (added.status !== 201) throw new Error(`Adding an agenda item failed: ${added.status} ${JSON.stringify(added.body)}`);
  }
  const items = (await manager.client.get<MeetingMotionsView>(`${base}/motions`)).body.decisionItems;
  await shiftMeeting(ownerUrl, manager.organizationId, meeting.id, -15);
  await recordAttendance(manager, board.id, meeting.id, Object.fromEntries(voters.map((id) => [id, 'present'])));
  const motionIds: string[] = [];
  for (const [index, result] of results.entries()) {
    const item = items.find((one) => one.title === `Decision ${index + 1}`)!;
    const opened = await manager.client.post<MotionView>(`${base}/motions`, { agendaItemId: item.id, text: `That the board decides ${index + 1}`, moverMemberId: voters[0], seconderMemberId: voters[1], method: 'count' });
    if (opened.status !== 201) throw new Error(`Opening a motion failed: ${opened.status} ${JSON.stringify(opened.body)}`);
    const url = `${base}/motions/${opened.body.id}`;
    const counted = await put(manager.client, `${url}/count`, result === 'carried' ? { for: 3, against: 0, abstain: 0 } : { for: 0, against: 3, abstain: 0 });
    if (counted.status !== 200) throw new Error(`Counting failed: ${counted.status} ${JSON.stringify(counted.body)}`);
    const closed = await manager.client.post<MotionView>(`${url}/close`);
    if (closed.body.status !== result) throw new Error(`Expected the motion ${result}, got ${closed.status} ${JSON.stringify(closed.body)}`);
    motionIds.push(opened.body.id);
  }
  return { meetingId: meeting.id, motionIds };
}

/** Runs SQL as the schema owner inside the host's context (row-level security binds the owner too). */
export async function asOwner(ownerUrl: string, organizationId: string, sql: string, params: unknown[]): Promise<void> {
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    await owner.query('BEGIN');
    await owner.query(`SELECT set_config('app.organization_id', $1, true)`, [organizationId]);
    await owner.query(sql, params);
    await owner.query('COMMIT');
  } finally {
    await owner.end();
  }
}

export function expectOk(response: { status: number; body: unknown }, status = 200): RecommendationDetail {
  if (response.status !== status) throw new Error(`Expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as RecommendationDetail;
}
