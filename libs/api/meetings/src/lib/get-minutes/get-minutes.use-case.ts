import { Injectable } from '@nestjs/common';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { MinutesView } from '@cabinet/shared/contracts';
import { findMeeting } from '../access/meeting-access';
import { findMinutes } from '../minutes/minutes-records';
import { loadMinutesView } from '../minutes/minutes-view';
import { meetingSettings } from '../settings/meeting-settings';

/** A meeting's minutes: drafts for organisers, circulated and later minutes for everyone seated on the board. */
@Injectable()
export class GetMinutesUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, boardId: string, meetingId: string): Promise<MinutesView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      const minutes = await findMinutes(m, access, meetingId);
      return loadMinutesView(m, access, minutes, await findMeeting(m, boardId, meetingId), await meetingSettings(m, boardId));
    });
  }
}
