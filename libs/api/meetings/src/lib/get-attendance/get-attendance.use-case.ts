import { Injectable } from '@nestjs/common';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { MeetingAttendanceView } from '@cabinet/shared/contracts';
import { findMeeting } from '../access/meeting-access';
import { loadAttendanceView } from '../attendance/attendance-view';

/** A meeting's attendance and live quorum: the full list for organisers, the quorum and one's own line for everyone. */
@Injectable()
export class GetAttendanceUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, boardId: string, meetingId: string): Promise<MeetingAttendanceView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      return loadAttendanceView(m, access, await findMeeting(m, boardId, meetingId));
    });
  }
}
