import { Injectable } from '@nestjs/common';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { MeetingMotionsView, MotionView } from '@cabinet/shared/contracts';
import { findMeeting } from '../access/meeting-access';
import { findMotion } from '../motions/find-motion';
import { loadMotionsView } from '../motions/motion-views';
import { motionView } from '../motions/motion-view';

/** A meeting's motions with their live counts (for a secret ballot, only how many have voted until it closes). */
@Injectable()
export class ListMotionsUseCase {
  constructor(private readonly db: Db) {}

  list(auth: InOrganization, boardId: string, meetingId: string): Promise<MeetingMotionsView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      return loadMotionsView(m, access, await findMeeting(m, boardId, meetingId));
    });
  }

  one(auth: InOrganization, boardId: string, meetingId: string, motionId: string): Promise<MotionView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      const meeting = await findMeeting(m, boardId, meetingId);
      await findMotion(m, meetingId, motionId);
      return motionView(m, access, meeting, motionId);
    });
  }
}
