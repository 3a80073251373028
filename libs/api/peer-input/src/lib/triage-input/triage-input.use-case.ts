import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail } from '@cabinet/api/audit';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { AgendaItem, isOrganizer, Meeting } from '@cabinet/api/meetings';
import type { PeerInputView } from '@cabinet/shared/contracts';
import { PeerInput } from '../entities/peer-input.entity';
import { type InputAction, transition } from '../rules/input-transitions';
import { inputViews } from '../views/input-views';

type Change = Partial<Pick<PeerInput, 'agendaItemId' | 'answer' | 'declineReason'>>;

/**
 * Organisers move input along: acknowledge it, put it on an agenda (linking an agenda item of the
 * board's meetings, which they word themselves), answer it, or decline it with a reason. The
 * person who sent it reads the answer or the reason (with their claim code, or in their own list).
 * Each step is audited without the input's words or its author.
 */
@Injectable()
export class TriageInputUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  acknowledge(auth: InOrganization, boardId: string, inputId: string): Promise<PeerInputView> {
    return this.apply(auth, boardId, inputId, 'acknowledge', async () => ({}));
  }

  putOnAgenda(auth: InOrganization, boardId: string, inputId: string, agendaItemId: string): Promise<PeerInputView> {
    return this.apply(auth, boardId, inputId, 'put_on_agenda', async (m) => {
      const item = await m.findOne(AgendaItem, { where: { id: agendaItemId, boardId } });
      if (!item || item.status === 'declined') throw DomainError.invalid('agendaItemId', 'must be an agenda item of this board that was not declined');
      const meeting = await m.findOne(Meeting, { where: { id: item.meetingId, boardId } });
      if (!meeting || meeting.status === 'cancelled') throw DomainError.invalid('agendaItemId', 'is on a cancelled meeting: choose an item of a meeting that takes place');
      return { agendaItemId: item.id };
    });
  }

  answer(auth: InOrganization, boardId: string, inputId: string, answer: string): Promise<PeerInputView> {
    return this.apply(auth, boardId, inputId, 'answer', async () => ({ answer }));
  }

  decline(auth: InOrganization, boardId: string, inputId: string, reason: string): Promise<PeerInputView> {
    return this.apply(auth, boardId, inputId, 'decline', async () => ({ declineReason: reason }));
  }

  private apply(auth: InOrganization, boardId: string, inputId: string, action: InputAction, change: (m: EntityManager) => Promise<Change>, now = new Date()): Promise<PeerInputView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      if (!isOrganizer(access)) throw DomainError.notFound('This board');
      const input = await m.findOne(PeerInput, { where: { id: inputId, boardId }, lock: { mode: 'pessimistic_write' } });
      if (!input) throw DomainError.notFound('This input');
      const status = transition(input.status, action);
      const outcome = status === 'answered' || status === 'declined' || status === 'recommendation';
      await m.update(PeerInput, { id: input.id }, { ...(await change(m)), status, acknowledgedAt: input.acknowledgedAt ?? now, ...(outcome ? { decidedAt: now } : {}), updatedAt: now });
      await this.audit.record(m, {
        organizationId: auth.organizationId,
        actorUserId: auth.userId,
        requestId: auth.requestId,
        action: `peer_input.${status}`,
        entityType: 'peer_input',
        entityId: input.id,
        details: { boardId, from: input.status, to: status },
      });
      const updated = await m.findOneByOrFail(PeerInput, { id: input.id });
      const [view] = await inputViews(m, boardId, [updated], now);
      return view!;
    });
  }
}
