import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditTrail } from '@cabinet/api/audit';
import { accessBoard, BoardMember, boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { type DeclareItemConflictInput, type MeetingMotionsView, SEATED_STATUSES } from '@cabinet/shared/contracts';
import { findMeeting, isOrganizer } from '../access/meeting-access';
import { AgendaItemConflict } from '../entities/agenda-item-conflict.entity';
import { AgendaItem } from '../entities/agenda-item.entity';
import { loadMotionsView } from '../motions/motion-views';

/**
 * A member declares a conflict of interest on a decision item (or an organiser records it for
 * them): they then cannot vote on its motions. Declaring again keeps the first date and the new note.
 */
@Injectable()
export class DeclareItemConflictUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, boardId: string, meetingId: string, itemId: string, memberId: string, input: DeclareItemConflictInput): Promise<MeetingMotionsView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      if (!isOrganizer(access) && access.me?.id !== memberId) throw DomainError.notFound('This member');
      const meeting = await findMeeting(m, boardId, meetingId);
      const item = await m.findOneBy(AgendaItem, { id: itemId, meetingId });
      if (!item) throw DomainError.notFound('This agenda item');
      if (item.kind !== 'decision') throw DomainError.invalid('kind', `is ${item.kind}: conflicts are declared on decision items, where there is a vote`);
      const member = await m.findOne(BoardMember, { where: { id: memberId, boardId, status: In([...SEATED_STATUSES]) } });
      if (!member) throw DomainError.notFound('This member');
      const before = await m.findOneBy(AgendaItemConflict, { agendaItemId: itemId, memberId });
      if (before) {
        await m.update(AgendaItemConflict, { agendaItemId: itemId, memberId }, { note: input.note });
      } else {
        await m.insert(AgendaItemConflict, { agendaItemId: itemId, memberId, organizationId: meeting.organizationId, boardId, note: input.note });
        await this.audit.record(m, {
          organizationId: auth.organizationId,
          actorUserId: auth.userId,
          requestId: auth.requestId,
          action: 'agenda_item.conflict_declared',
          entityType: 'agenda_item',
          entityId: itemId,
          details: { boardId, meetingId, memberId },
        });
      }
      return loadMotionsView(m, access, meeting);
    });
  }
}
