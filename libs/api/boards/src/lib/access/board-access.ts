import type { EntityManager } from 'typeorm';
import { DomainError } from '@cabinet/api/core';
import type { DbContext } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { type BoardRelation, Permission } from '@cabinet/shared/contracts';
import { Board } from '../entities/board.entity';
import { BoardMember } from '../entities/board-member.entity';

/** A board as the asking person may reach it: through their organisation (host or partner), and as a member. */
export interface BoardAccess {
  board: Board;
  relation: BoardRelation;
  /** A manager of the host or of a partner organisation. */
  canManage: boolean;
  /** The asking person's own membership on this board (not ended). */
  me: BoardMember | null;
}

/** What deciding access needs of the person asking: a session, or a calendar feed standing in for its owner. */
export type BoardViewer = Pick<InOrganization, 'organizationId' | 'userId' | 'permissions'>;

export const boardDb = (auth: InOrganization): DbContext => ({ organizationId: auth.organizationId, userId: auth.userId });

/**
 * The first step of every board use case. Row-level security already hides boards the
 * organisation neither hosts nor co-owns; inside it, people who do not manage boards reach only
 * boards they sit on (or applied to). Anything else is the same 404 as a board that does not exist.
 */
export async function accessBoard(m: EntityManager, auth: BoardViewer, boardId: string): Promise<BoardAccess> {
  // One statement for the board and the person's own membership on it: every board page starts
  // here, and a round trip costs more than these rows do.
  const found = await m
    .createQueryBuilder(Board, 'board')
    .leftJoinAndMapOne('board.accessingMember', BoardMember, 'me', `me.board_id = board.id AND me.user_id = :userId AND me.status <> 'ended'`, { userId: auth.userId })
    .where('board.id = :boardId', { boardId })
    .getOne();
  if (!found) throw DomainError.notFound('This board');
  const { accessingMember, ...columns } = found as Board & { accessingMember?: BoardMember };
  const board = Object.assign(new Board(), columns);
  const me = accessingMember ?? null;
  const canManage = auth.permissions.has(Permission.BoardsManage);
  if (!canManage && !me) throw DomainError.notFound('This board');
  return { board, relation: board.organizationId === auth.organizationId ? 'host' : 'partner', canManage, me };
}

/** Changes to the board and its people are for its managers; others get the same 404 as outsiders. */
export async function manageBoard(m: EntityManager, auth: InOrganization, boardId: string): Promise<BoardAccess> {
  const access = await accessBoard(m, auth, boardId);
  if (!access.canManage) throw DomainError.notFound('This board');
  return access;
}

/** A member of this board, locked for the change about to be made. */
export async function lockMember(m: EntityManager, boardId: string, memberId: string): Promise<BoardMember> {
  const member = await m.findOne(BoardMember, { where: { id: memberId, boardId }, lock: { mode: 'pessimistic_write' } });
  if (!member) throw DomainError.notFound('This member');
  return member;
}

/** A member's record is for the board's managers and for the person themselves. */
export function assertManagerOrSelf(access: BoardAccess, member: BoardMember): void {
  if (!access.canManage && access.me?.id !== member.id) throw DomainError.notFound('This member');
}
