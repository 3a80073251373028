import { type EntityManager, In } from 'typeorm';
import { accessBoard, Board, type BoardAccess, BoardMember, type BoardViewer } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Membership, permissionsOf } from '@cabinet/api/identity';
import { Permission, SEATED_STATUSES } from '@cabinet/shared/contracts';
import type { CalendarFeed } from '../entities/calendar-feed.entity';

/**
 * The feed's owner as the organisation knows them today, or null when they may no longer use it
 * (membership disabled or removed, account erased, or a role that no longer reads boards). A feed
 * outlives the session that made it, so it must not keep the rights its owner had then: their role
 * is read again on every fetch.
 */
export async function feedOwner(m: EntityManager, feed: CalendarFeed): Promise<BoardViewer | null> {
  const membership = await m.findOne(Membership, { where: { organizationId: feed.organizationId, userId: feed.userId }, relations: { user: true } });
  if (!membership?.user || membership.disabledAt || membership.user.erasedAt) return null;
  const permissions = permissionsOf(membership.role);
  return permissions.has(Permission.BoardsRead) ? { organizationId: feed.organizationId, userId: feed.userId, permissions } : null;
}

/**
 * The boards whose meetings the feed may show now. A board feed follows the board page's own
 * rule (accessBoard), narrowed to those who sit on the board or manage boards: an applicant or
 * nominee may look at the board, but gets no standing copy of its meeting places and links.
 * A member feed is the boards the owner sits on, as on their "my meetings" page.
 */
export async function boardsShownTo(m: EntityManager, owner: BoardViewer, feed: CalendarFeed): Promise<Board[]> {
  if (feed.boardId) {
    const access = await accessBoard(m, owner, feed.boardId).catch(nullWhenNotFound);
    return access && mayFollowBoard(access) ? [access.board] : [];
  }
  const seats = await m.find(BoardMember, { where: { userId: owner.userId, status: In([...SEATED_STATUSES]) } });
  // Row-level security in the owner's organisation leaves out boards it neither hosts nor co-owns.
  return seats.length ? m.find(Board, { where: { id: In(seats.map((seat) => seat.boardId)) } }) : [];
}

/** Who may keep a board's meetings in their calendar: those who sit on the board or manage boards. */
export function mayFollowBoard(access: BoardAccess): boolean {
  return access.canManage || (!!access.me && SEATED_STATUSES.includes(access.me.status));
}

/** A board the owner can no longer reach is an empty feed, not an error; anything else still is. */
function nullWhenNotFound(error: unknown): null {
  if (error instanceof DomainError && error.status === 404) return null;
  throw error;
}
