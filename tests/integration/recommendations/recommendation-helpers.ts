import { Client } from 'pg';
import type { TestClient, TestOrganization, TestResponse } from '@cabinet/api/testing';
import type { BoardDetail, MeetingMotionsView, MotionView, RecommendationDetail, RecommendationStatus } from '@cabinet/shared/contracts';
import { addMember, isoDay, put, seatId } from '../boards/board-helpers';
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

/** Who moves a recommendation along: the board's organiser, and a liaison of the organisation it is addressed to. */
export interface LoopParties {
  boardId: string;
  organizer: TestClient;
  liaison: TestClient;
  addressedOrganizationId: string;
  liaisonUserId: string;
  /** A carried motion of the board (adopts), and a meeting of it that has begun (reviews). */
  motionId: string;
  meetingId: string;
}

type Move = (parties: LoopParties, url: string) => Promise<TestResponse>;

const MOVES = {
  adopt: (p, url) => p.organizer.post(`${url}/adopt`, { motionId: p.motionId }),
  send: (p, url) => p.organizer.post(`${url}/send`),
  ask: (p, url) => p.liaison.post(`${url}/responses`, { decision: 'info_needed', reasons: 'Which site do you mean?' }),
  accept: (p, url) => p.liaison.post(`${url}/responses`, { decision: 'accepted' }),
  plan: (p, url) => p.liaison.post(`${url}/milestones`, { title: 'First step', owner: 'Service manager', dueOn: isoDay(20) }),
  report: (p, url) => p.liaison.post(`${url}/report`, {}),
  satisfied: (p, url) => p.organizer.post(`${url}/reviews`, { meetingId: p.meetingId, satisfied: true }),
  unsatisfied: (p, url) => p.organizer.post(`${url}/reviews`, { meetingId: p.meetingId, satisfied: false, reasons: 'Not enough yet.' }),
} satisfies Record<string, Move>;

/** The shortest way through the API from a new draft to each status. */
const WAY: Record<RecommendationStatus, Array<keyof typeof MOVES>> = {
  draft: [],
  adopted: ['adopt'],
  sent: ['adopt', 'send'],
  info_requested: ['adopt', 'send', 'ask'],
  responded: ['adopt', 'send', 'accept'],
  in_progress: ['adopt', 'send', 'accept', 'plan'],
  reported: ['adopt', 'send', 'accept', 'report'],
  closed: ['adopt', 'send', 'accept', 'report', 'satisfied'],
  reopened: ['adopt', 'send', 'accept', 'report', 'unsatisfied'],
};

/** Drafts a recommendation to the parties' organisation and moves it through the API to the status asked for. */
export async function recommendationAt(parties: LoopParties, status: RecommendationStatus, title = `Recommendation ${status}`): Promise<RecommendationDetail> {
  const base = `/api/boards/${parties.boardId}/recommendations`;
  let detail = expectOk(
    await parties.organizer.post(base, { title, body: 'Details for the agency.', source: 'direct', addressedOrganizationId: parties.addressedOrganizationId, liaisonUserIds: [parties.liaisonUserId] }),
    201,
  );
  for (const move of WAY[status]) {
    const moved = await MOVES[move](parties, `${base}/${detail.id}`);
    if (moved.status >= 300) throw new Error(`Moving a recommendation (${move}) failed: ${moved.status} ${JSON.stringify(moved.body)}`);
    detail = moved.body as RecommendationDetail;
  }
  if (detail.status !== status) throw new Error(`Expected a ${status} recommendation, got ${detail.status}`);
  return detail;
}
