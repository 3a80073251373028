import type { EntityManager } from 'typeorm';
import { type BoardAccess } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { ORGANIZING_BOARD_ROLES, SEATED_STATUSES } from '@cabinet/shared/contracts';
import { Meeting } from '../entities/meeting.entity';

/** The board's managers, and its chair, co-chairs and secretary while they sit on it. */
export function isOrganizer(access: BoardAccess): boolean {
  const me = access.me;
  return access.canManage || (!!me && !!me.boardRole && ORGANIZING_BOARD_ROLES.includes(me.boardRole) && SEATED_STATUSES.includes(me.status));
}

/** Scheduling and changing meetings is for organisers; others get the same 404 as outsiders. */
export function assertOrganizer(access: BoardAccess): void {
  if (!isOrganizer(access)) throw DomainError.notFound('This board');
}

export async function findMeeting(m: EntityManager, boardId: string, meetingId: string, lock = false): Promise<Meeting> {
  const meeting = await m.findOne(Meeting, { where: { id: meetingId, boardId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!meeting) throw DomainError.notFound('This meeting');
  return meeting;
}

/** Changes are for meetings still ahead: a held or cancelled meeting keeps its record as it was. */
export function assertChangeable(meeting: Meeting, now = new Date()): void {
  if (meeting.status !== 'scheduled') throw DomainError.invalid('status', `is ${meeting.status}: a ${meeting.status} meeting keeps its record as it was`);
  if (meeting.endsAt <= now) throw DomainError.invalid('startsAt', 'is in the past: a meeting that has happened cannot be moved or cancelled');
}
