import { Injectable } from '@nestjs/common';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { AgendaItemInput, AgendaView } from '@cabinet/shared/contracts';
import { findMeeting } from '../access/meeting-access';
import { assertAgendaOpen, assertSeated } from '../agenda/agenda-rules';
import { loadAgenda } from '../agenda/agenda-view';
import { AgendaItem } from '../entities/agenda-item.entity';

/** A member proposes an item; it waits for an organiser to accept or decline it. */
@Injectable()
export class ProposeAgendaItemUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, boardId: string, meetingId: string, input: AgendaItemInput, now = new Date()): Promise<AgendaView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      const memberId = assertSeated(access);
      const meeting = await findMeeting(m, boardId, meetingId, true);
      assertAgendaOpen(meeting, now);
      await m.insert(AgendaItem, {
        organizationId: meeting.organizationId,
        boardId,
        meetingId,
        ...input,
        position: 0,
        status: 'proposed',
        proposedByMemberId: memberId,
      });
      return loadAgenda(m, access, meeting, now);
    });
  }
}
