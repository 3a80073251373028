import type { EntityManager } from 'typeorm';
import type { BoardAccess } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { SEATED_STATUSES } from '@cabinet/shared/contracts';
import { AgendaItem } from '../entities/agenda-item.entity';
import type { Meeting } from '../entities/meeting.entity';

const DAY = 24 * 3600_000;

/** Whether the agenda still changes: a held or cancelled meeting, or one that has ended, keeps it as it was. */
export function agendaOpen(meeting: Meeting, now: Date): boolean {
  return meeting.status === 'scheduled' && meeting.endsAt > now;
}

export function assertAgendaOpen(meeting: Meeting, now: Date): void {
  if (meeting.status !== 'scheduled') throw DomainError.invalid('status', `is ${meeting.status}: the agenda of a ${meeting.status} meeting stays as it was`);
  if (meeting.endsAt <= now) throw DomainError.invalid('status', 'is over: the agenda of a past meeting stays as it was');
}

/** When members see the agenda: when an organiser published it, or the board's notice before the meeting, whichever is first. */
export function agendaPublishesAt(meeting: Meeting, publishDays: number): Date {
  const usual = new Date(meeting.startsAt.getTime() - publishDays * DAY);
  return meeting.agendaPublishedAt && meeting.agendaPublishedAt < usual ? meeting.agendaPublishedAt : usual;
}

/** Everyone seated on the board proposes items, voting or not (guests and members on leave too). */
export function assertSeated(access: BoardAccess): string {
  const me = access.me;
  if (!me || !SEATED_STATUSES.includes(me.status)) throw DomainError.notFound('This board');
  return me.id;
}

export async function findAgendaItem(m: EntityManager, meeting: Meeting, itemId: string): Promise<AgendaItem> {
  const item = await m.findOne(AgendaItem, { where: { id: itemId, meetingId: meeting.id }, lock: { mode: 'pessimistic_write' } });
  if (!item) throw DomainError.notFound('This agenda item');
  return item;
}

/** The running order, first to last. */
export function acceptedItems(m: EntityManager, meetingId: string): Promise<AgendaItem[]> {
  return m.find(AgendaItem, { where: { meetingId, status: 'accepted' }, order: { position: 'ASC', createdAt: 'ASC' } });
}

/** The place after the last accepted item. Callers hold the meeting's lock, so two additions never share a place. */
export async function nextPosition(m: EntityManager, meetingId: string): Promise<number> {
  const last = await m.findOne(AgendaItem, { where: { meetingId, status: 'accepted' }, order: { position: 'DESC' } });
  return (last?.position ?? 0) + 1;
}
