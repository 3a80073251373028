import { Injectable } from '@nestjs/common';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { MotionView, RecordVoteCountInput } from '@cabinet/shared/contracts';
import { assertOrganizer, findMeeting } from '../access/meeting-access';
import { loadMeetingRoom } from '../attendance/meeting-room';
import { Motion } from '../entities/motion.entity';
import { assertOpen, assertQuorate, findMotion } from '../motions/find-motion';
import { eligibleVoters, loadConflicts } from '../motions/motion-views';
import { motionView } from '../motions/motion-view';
import { assertMeetingRunning } from '../rules/meeting-windows';

/**
 * An organiser enters the totals of a show of hands. Entering them again replaces them. There
 * cannot be more votes than members who may vote on the motion in the room.
 */
@Injectable()
export class RecordVoteCountUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, boardId: string, meetingId: string, motionId: string, input: RecordVoteCountInput, now = new Date()): Promise<MotionView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      assertOrganizer(access);
      const meeting = await findMeeting(m, boardId, meetingId);
      const motion = await findMotion(m, meetingId, motionId, true);
      assertOpen(motion);
      if (motion.method !== 'count') throw DomainError.invalid('method', `is ${motion.method === 'secret' ? 'a secret ballot' : 'a roll call'}: each vote is recorded on its own`);
      assertMeetingRunning(meeting, now);
      const room = await loadMeetingRoom(m, access.board, meeting);
      assertQuorate(room.quorum);
      const eligible = eligibleVoters(room, (await loadConflicts(m, [motion.agendaItemId])).get(motion.agendaItemId) ?? new Set());
      const total = input.for + input.against + input.abstain;
      if (total > eligible) throw DomainError.invalid('total', `is ${total}: only ${eligible} members present may vote on this motion`);
      await m.update(Motion, { id: motionId }, { votesFor: input.for, votesAgainst: input.against, votesAbstain: input.abstain });
      return motionView(m, access, meeting, motionId);
    });
  }
}
