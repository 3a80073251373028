import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { AgendaView, OrderAgendaInput } from '@cabinet/shared/contracts';
import { assertOrganizer, findMeeting } from '../access/meeting-access';
import { acceptedItems, assertAgendaOpen } from '../agenda/agenda-rules';
import { loadAgenda } from '../agenda/agenda-view';
import { checkOrder } from '../agenda/running-order';
import { AgendaItem } from '../entities/agenda-item.entity';

/** An organiser sets the running order: every accepted item, first to last. */
@Injectable()
export class OrderAgendaUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, meetingId: string, input: OrderAgendaInput, now = new Date()): Promise<AgendaView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      assertOrganizer(access);
      const meeting = await findMeeting(m, boardId, meetingId, true);
      assertAgendaOpen(meeting, now);
      const accepted = await acceptedItems(m, meetingId);
      checkOrder(accepted.map((item) => item.id), input.order);
      const current = new Map(accepted.map((item) => [item.id, item.position]));
      for (const [index, id] of input.order.entries()) {
        if (current.get(id) !== index + 1) await m.update(AgendaItem, { id }, { position: index + 1, updatedAt: now });
      }
      await this.audit.record(m, {
        organizationId: auth.organizationId,
        actorUserId: auth.userId,
        requestId: auth.requestId,
        action: 'agenda.reordered',
        entityType: 'meeting',
        entityId: meetingId,
        details: { boardId, items: input.order.length },
      });
      return loadAgenda(m, access, meeting, now);
    });
  }
}
