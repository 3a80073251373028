import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { AgendaView } from '@cabinet/shared/contracts';
import { assertOrganizer, findMeeting } from '../access/meeting-access';
import { acceptedItems, assertAgendaOpen } from '../agenda/agenda-rules';
import { loadAgenda } from '../agenda/agenda-view';
import { Meeting } from '../entities/meeting.entity';

/**
 * An organiser shows the agenda to members before the board's usual notice. Publishing again
 * changes nothing; items added later appear to members at once.
 */
@Injectable()
export class PublishAgendaUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, meetingId: string, now = new Date()): Promise<AgendaView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      assertOrganizer(access);
      const meeting = await findMeeting(m, boardId, meetingId, true);
      assertAgendaOpen(meeting, now);
      if (!(await acceptedItems(m, meetingId)).length) throw DomainError.invalid('items', 'are missing: add or accept an item before publishing the agenda');
      if (!meeting.agendaPublishedAt) {
        meeting.agendaPublishedAt = now;
        await m.update(Meeting, { id: meeting.id }, { agendaPublishedAt: now });
        await this.audit.record(m, {
          organizationId: auth.organizationId,
          actorUserId: auth.userId,
          requestId: auth.requestId,
          action: 'agenda.published',
          entityType: 'meeting',
          entityId: meetingId,
          details: { boardId },
        });
      }
      return loadAgenda(m, access, meeting, now);
    });
  }
}
