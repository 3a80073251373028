import type { EntityManager } from 'typeorm';
import type { MemberStatus } from '@cabinet/shared/contracts';
import { BoardMemberEvent } from '../entities/board-member-event.entity';
import type { BoardMember } from '../entities/board-member.entity';

/** Appends a step to the membership's history, in the same transaction as the change. */
export async function recordStatusChange(m: EntityManager, member: BoardMember, from: MemberStatus | null, actorUserId: string | null, reason: string | null = null): Promise<void> {
  await m.insert(BoardMemberEvent, { organizationId: member.organizationId, boardId: member.boardId, memberId: member.id, actorUserId, fromStatus: from, toStatus: member.status, reason });
}
