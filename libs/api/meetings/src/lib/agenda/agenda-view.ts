import { In, Not, type EntityManager } from 'typeorm';
import { type BoardAccess, BoardMember } from '@cabinet/api/boards';
import { type AgendaItemView, type AgendaView, SEATED_STATUSES } from '@cabinet/shared/contracts';
import { isOrganizer } from '../access/meeting-access';
import { AgendaItem } from '../entities/agenda-item.entity';
import type { Meeting } from '../entities/meeting.entity';
import { meetingSettings } from '../settings/meeting-settings';
import { acceptedItems, agendaOpen, agendaPublishesAt } from './agenda-rules';
import { runningOrder } from './running-order';

/**
 * The agenda as this person may see it: organisers see everything; members see the running order
 * once it is published, and always their own proposals with what became of them.
 */
export async function loadAgenda(m: EntityManager, access: BoardAccess, meeting: Meeting, now: Date): Promise<AgendaView> {
  const organizer = isOrganizer(access);
  const myMemberId = access.me?.id ?? null;
  const { agendaPublishDays } = await meetingSettings(m, meeting.boardId);
  const publishesAt = agendaPublishesAt(meeting, agendaPublishDays);
  const published = publishesAt <= now;
  const visible = organizer || published;
  const accepted = visible ? await acceptedItems(m, meeting.id) : [];
  const proposals = organizer
    ? await m.find(AgendaItem, { where: { meetingId: meeting.id, status: Not('accepted') }, order: { createdAt: 'ASC' } })
    : myMemberId
      ? await m.find(AgendaItem, { where: { meetingId: meeting.id, proposedByMemberId: myMemberId }, order: { createdAt: 'ASC' } })
      : [];
  const names = organizer ? await proposerNames(m, [...accepted, ...proposals]) : new Map<string, string>();
  const view = (item: AgendaItem): AgendaItemView => ({
    id: item.id,
    kind: item.kind,
    title: item.title,
    details: item.details,
    presenter: item.presenter,
    durationMinutes: item.durationMinutes,
    status: item.status,
    declineReason: item.declineReason,
    proposedBy: item.proposedByMemberId ? (names.get(item.proposedByMemberId) ?? null) : null,
    proposedByMe: !!myMemberId && item.proposedByMemberId === myMemberId,
    decidedAt: item.decidedAt?.toISOString() ?? null,
  });
  const order = runningOrder(accepted, meeting);
  const open = agendaOpen(meeting, now);
  return {
    meetingId: meeting.id,
    boardId: meeting.boardId,
    meetingTitle: meeting.title,
    meetingStartsAt: meeting.startsAt.toISOString(),
    meetingEndsAt: meeting.endsAt.toISOString(),
    timeZone: meeting.timeZone,
    publishesAt: publishesAt.toISOString(),
    published,
    publishedEarly: !!meeting.agendaPublishedAt && meeting.agendaPublishedAt.getTime() === publishesAt.getTime(),
    visible,
    canOrganize: organizer,
    canPropose: open && !!access.me && SEATED_STATUSES.includes(access.me.status),
    open,
    items: order.slots.map((slot) => ({ ...view(slot.item), startOffsetMinutes: slot.startOffsetMinutes, startsAt: slot.startsAt.toISOString() })),
    totalMinutes: order.totalMinutes,
    endsAt: order.endsAt.toISOString(),
    overrunMinutes: order.overrunMinutes,
    proposals: proposals.map(view),
  };
}

async function proposerNames(m: EntityManager, items: AgendaItem[]): Promise<Map<string, string>> {
  const ids = [...new Set(items.map((item) => item.proposedByMemberId).filter((id): id is string => !!id))];
  if (!ids.length) return new Map();
  const members = await m.find(BoardMember, { where: { id: In(ids) } });
  return new Map(members.map((member) => [member.id, member.displayName]));
}
