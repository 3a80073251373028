import type { EntityManager } from 'typeorm';
import { BoardMember } from '@cabinet/api/boards';
import { DEFAULT_ACK_DAYS, type MyInputView, type PeerInputView } from '@cabinet/shared/contracts';
import { BoardInputChannel } from '../entities/board-input-channel.entity';
import { PeerInput } from '../entities/peer-input.entity';
import { acknowledgement, dayOf } from './input-days';

/** The board's days to acknowledge input (its setting, or the default). */
export async function ackDaysOf(m: EntityManager, boardId: string): Promise<number> {
  const channel = await m.findOne(BoardInputChannel, { where: { boardId }, select: { boardId: true, ackDays: true } });
  return channel?.ackDays ?? DEFAULT_ACK_DAYS;
}

export function myInputView(input: PeerInput, ackDays: number, now = new Date()): MyInputView {
  return {
    id: input.id,
    kind: input.kind,
    body: input.body,
    status: input.status,
    agendaItemId: input.agendaItemId,
    answer: input.answer,
    declineReason: input.declineReason,
    receivedOn: dayOf(input.createdAt),
    ...acknowledgement(input.createdAt, input.status, ackDays, now),
    acknowledgedAt: input.acknowledgedAt?.toISOString() ?? null,
    decidedAt: input.decidedAt?.toISOString() ?? null,
  };
}

/** Input as organisers triage it: named input shows its author's display name, anonymous input nobody. */
export async function inputViews(m: EntityManager, boardId: string, inputs: PeerInput[], now = new Date()): Promise<PeerInputView[]> {
  const ackDays = await ackDaysOf(m, boardId);
  const authorIds = [...new Set(inputs.map((input) => input.authorMemberId).filter((id): id is string => !!id))];
  const authors = authorIds.length ? await m.find(BoardMember, { where: authorIds.map((id) => ({ id, boardId })), select: { id: true, displayName: true } }) : [];
  const names = new Map(authors.map((author) => [author.id, author.displayName]));
  return inputs.map((input) => ({
    ...myInputView(input, ackDays, now),
    channel: input.channel,
    author: input.authorMemberId ? (names.get(input.authorMemberId) ?? null) : null,
  }));
}
