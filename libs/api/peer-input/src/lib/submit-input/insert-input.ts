import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { PeerInputChannel, PeerInputKind } from '@cabinet/shared/contracts';
import { receivedDay } from '../views/input-days';

export interface NewInput {
  organizationId: string;
  boardId: string;
  kind: PeerInputKind;
  body: string;
  channel: PeerInputChannel;
  authorMemberId: string | null;
  claimCodeHash: string | null;
}

/**
 * Writes new input and returns its id. A plain INSERT without RETURNING: through a public link the
 * policy lets the request add input, never read it. Both times are the day it arrived (see receivedDay).
 */
export async function insertInput(m: EntityManager, input: NewInput, now = new Date()): Promise<string> {
  const id = randomUUID();
  const day = receivedDay(now);
  await m.query(
    `INSERT INTO peer_input (id, organization_id, board_id, kind, body, channel, author_member_id, status, claim_code_hash, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'new', $8, $9, $9)`,
    [id, input.organizationId, input.boardId, input.kind, input.body, input.channel, input.authorMemberId, input.claimCodeHash, day],
  );
  return id;
}
