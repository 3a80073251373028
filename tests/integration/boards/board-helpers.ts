import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Queue } from 'bullmq';
import { TestClient, type TestOrganization, type TestResponse } from '@cabinet/api/testing';
import {
  QueueName,
  type AddBoardMemberInput,
  type BoardDetail,
  type BoardMemberProfile,
  type CreateBoardInput,
  type CreatedPeer,
  type SeatKind,
  type SessionView,
} from '@cabinet/shared/contracts';

export const PASSWORD = 'a long enough passphrase';

/** A calendar day counted from today (UTC), as the API writes dates: YYYY-MM-DD. */
export function isoDay(offsetDays = 0, from = new Date().toISOString().slice(0, 10)): string {
  const d = new Date(`${from}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offsetDays);
  return d.toISOString().slice(0, 10);
}

/** Calendar months later, on the same day of the month or the month's last day when it has fewer days. */
export function plusMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** The last day of a term of `months` that starts on `startsOn` (start + months − 1 day). */
export const termEndFor = (startsOn: string, months: number): string => isoDay(-1, plusMonths(startsOn, months));

/** The fields a 400/422 answer names, sorted. */
export function fieldsOf(response: TestResponse): string[] {
  return ((response.body as { errors?: Array<{ field: string }> }).errors ?? []).map((e) => e.field).sort();
}

/** TestClient has no put(); the board routes use PUT for targets and onboarding steps. */
export function put<T = unknown>(client: TestClient, url: string, payload?: unknown): Promise<TestResponse<T>> {
  return client.request<T>('PUT', url, payload);
}

/** A manager creates a board (201) and gets the board page back. */
export async function createBoard(manager: { client: TestClient }, input: Partial<CreateBoardInput> = {}): Promise<BoardDetail> {
  const response = await manager.client.post<BoardDetail>('/api/boards', { name: `Board ${randomBytes(3).toString('hex')}`, ...input });
  if (response.status !== 201) throw new Error(`Creating a board failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function getBoard(client: TestClient, boardId: string): Promise<BoardDetail> {
  const response = await client.get<BoardDetail>(`/api/boards/${boardId}`);
  if (response.status !== 200) throw new Error(`Reading the board failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** The id of the board's (first) seat type of a kind. */
export function seatId(board: Pick<BoardDetail, 'seatTypes'>, kind: SeatKind): string {
  const seat = board.seatTypes.find((s) => s.kind === kind);
  if (!seat) throw new Error(`The board has no ${kind} seat`);
  return seat.id;
}

/** A manager adds someone to the board (201); without a userId, a person without an account. */
export async function addMember(
  manager: { client: TestClient },
  boardId: string,
  input: Partial<AddBoardMemberInput> & Pick<AddBoardMemberInput, 'seatTypeId'>,
): Promise<BoardMemberProfile> {
  const body = { status: 'active', ...(input.userId ? {} : { displayName: `Person ${randomBytes(2).toString('hex')}`, email: `person-${randomUUID()}@example.org` }), ...input };
  const response = await manager.client.post<BoardMemberProfile>(`/api/boards/${boardId}/members`, body);
  if (response.status !== 201) throw new Error(`Adding a member failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function getProfile(client: TestClient, boardId: string, memberId: string): Promise<BoardMemberProfile> {
  const response = await client.get<BoardMemberProfile>(`/api/boards/${boardId}/members/${memberId}`);
  if (response.status !== 200) throw new Error(`Reading the profile failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export interface Peer {
  client: TestClient;
  userId: string;
  username: string;
  session: SessionView;
}

/**
 * A person with the role "member" (a peer) in the manager's organisation, signed in with their own
 * client: made with a username and a setup code, so no email is involved.
 */
export async function signedInPeer(api: NestFastifyApplication, manager: TestOrganization, displayName = 'Jo'): Promise<Peer> {
  const username = `peer.${randomBytes(4).toString('hex')}`;
  const created = await manager.client.post<CreatedPeer>('/api/organization/peers', { username, displayName });
  if (created.status !== 201) throw new Error(`Creating a peer failed: ${created.status} ${JSON.stringify(created.body)}`);
  const client = new TestClient(api);
  const redeemed = await client.post<SessionView>('/api/auth/setup-code', { username, setupCode: created.body.setupCode, password: PASSWORD });
  if (redeemed.status !== 200) throw new Error(`Redeeming the setup code failed: ${redeemed.status} ${JSON.stringify(redeemed.body)}`);
  return { client, userId: created.body.userId, username, session: redeemed.body };
}

/**
 * Drops the worker's start-up sweep of the boards (queued 10 s after it starts), for suites that
 * build terms already over and then renew or end them, or run the sweep themselves: the sweep
 * would end those memberships between two steps.
 */
export async function dropStartupBoardSweep(worker: INestApplicationContext): Promise<void> {
  await worker.get<Queue>(getQueueToken(QueueName.BoardSchedules), { strict: false }).drain(true);
}
