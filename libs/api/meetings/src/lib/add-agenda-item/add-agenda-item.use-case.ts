import { Injectable } from '@nestjs/common';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { AgendaItemInput, AgendaView } from '@cabinet/shared/contracts';
import { assertOrganizer, findMeeting } from '../access/meeting-access';
import { assertAgendaOpen, nextPosition } from '../agenda/agenda-rules';
import { loadAgenda } from '../agenda/agenda-view';
import { AgendaItem } from '../entities/agenda-item.entity';

/** An organiser puts an item straight on the agenda, at the end of the running order. */
@Injectable()
export class AddAgendaItemUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, boardId: string, meetingId: string, input: AgendaItemInput, now = new Date()): Promise<AgendaView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      assertOrganizer(access);
      const meeting = await findMeeting(m, boardId, meetingId, true);
      assertAgendaOpen(meeting, now);
      await m.insert(AgendaItem, {
        organizationId: meeting.organizationId,
        boardId,
        meetingId,
        ...input,
        position: await nextPosition(m, meetingId),
        status: 'accepted',
        decidedAt: now,
      });
      return loadAgenda(m, access, meeting, now);
    });
  }
}
