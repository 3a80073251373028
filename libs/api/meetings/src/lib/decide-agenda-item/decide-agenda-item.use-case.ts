import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { AgendaView, DecideAgendaItemInput } from '@cabinet/shared/contracts';
import { assertOrganizer, findMeeting } from '../access/meeting-access';
import { assertAgendaOpen, findAgendaItem, nextPosition } from '../agenda/agenda-rules';
import { loadAgenda } from '../agenda/agenda-view';
import { AgendaItem } from '../entities/agenda-item.entity';

/**
 * An organiser accepts a member's proposal into the agenda (at the end of the running order) or
 * declines it with a reason the member sees. A proposal is decided once.
 */
@Injectable()
export class DecideAgendaItemUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, meetingId: string, itemId: string, input: DecideAgendaItemInput, now = new Date()): Promise<AgendaView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      assertOrganizer(access);
      const meeting = await findMeeting(m, boardId, meetingId, true);
      assertAgendaOpen(meeting, now);
      const item = await findAgendaItem(m, meeting, itemId);
      if (item.status !== 'proposed') throw DomainError.invalid('outcome', `cannot be given: this item is ${item.status} already, not a proposal waiting for a decision`);
      const decision =
        input.outcome === 'accepted'
          ? { status: 'accepted' as const, position: await nextPosition(m, meetingId), declineReason: null }
          : { status: 'declined' as const, position: 0, declineReason: input.reason };
      await m.update(AgendaItem, { id: item.id }, { ...decision, decidedAt: now, updatedAt: now });
      await this.audit.record(m, {
        organizationId: auth.organizationId,
        actorUserId: auth.userId,
        requestId: auth.requestId,
        action: input.outcome === 'accepted' ? 'agenda_item.accepted' : 'agenda_item.declined',
        entityType: 'agenda_item',
        entityId: item.id,
        details: { boardId, meetingId, kind: item.kind },
      });
      return loadAgenda(m, access, meeting, now);
    });
  }
}
