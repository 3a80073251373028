import { Injectable } from '@nestjs/common';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { AgendaView, ChangeAgendaItemInput } from '@cabinet/shared/contracts';
import { assertOrganizer, findMeeting } from '../access/meeting-access';
import { assertAgendaOpen, findAgendaItem } from '../agenda/agenda-rules';
import { loadAgenda } from '../agenda/agenda-view';
import { AgendaItem } from '../entities/agenda-item.entity';

/** An organiser changes any item: its kind, wording, presenter or time. */
@Injectable()
export class ChangeAgendaItemUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, boardId: string, meetingId: string, itemId: string, input: ChangeAgendaItemInput, now = new Date()): Promise<AgendaView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      assertOrganizer(access);
      const meeting = await findMeeting(m, boardId, meetingId, true);
      assertAgendaOpen(meeting, now);
      const item = await findAgendaItem(m, meeting, itemId);
      const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
      await m.update(AgendaItem, { id: item.id }, { ...changes, updatedAt: now });
      return loadAgenda(m, access, meeting, now);
    });
  }
}
