import { Injectable } from '@nestjs/common';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { AgendaView } from '@cabinet/shared/contracts';
import { findMeeting } from '../access/meeting-access';
import { loadAgenda } from '../agenda/agenda-view';

/** A meeting's agenda as the viewer may see it (see loadAgenda). */
@Injectable()
export class GetAgendaUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, boardId: string, meetingId: string, now = new Date()): Promise<AgendaView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      return loadAgenda(m, access, await findMeeting(m, boardId, meetingId), now);
    });
  }
}
