import { Injectable } from '@nestjs/common';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { MeetingDetail } from '@cabinet/shared/contracts';
import { findMeetingDetail } from '../views/meeting-views';

/** One meeting: where and when, the viewer's answer, and (for organisers) everyone's answers and needs. */
@Injectable()
export class GetMeetingUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, boardId: string, meetingId: string): Promise<MeetingDetail> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      return findMeetingDetail(m, access, meetingId);
    });
  }
}
