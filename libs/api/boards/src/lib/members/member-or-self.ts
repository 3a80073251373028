import type { EntityManager } from 'typeorm';
import { DomainError } from '@cabinet/api/core';
import type { InOrganization } from '@cabinet/api/identity';
import { type BoardAccess, accessBoard, assertManagerOrSelf, lockMember } from '../access/board-access';
import type { BoardMember } from '../entities/board-member.entity';

/** For what a member may do about themselves, and a manager may record on their behalf. */
export async function memberOrSelf(m: EntityManager, auth: InOrganization, boardId: string, memberId: string): Promise<{ access: BoardAccess; member: BoardMember; self: boolean }> {
  const access = await accessBoard(m, auth, boardId);
  const member = await lockMember(m, boardId, memberId);
  assertManagerOrSelf(access, member);
  if (member.status === 'ended') throw DomainError.invalid('status', 'is ended: an ended membership is kept as it was');
  return { access, member, self: access.me?.id === memberId };
}
