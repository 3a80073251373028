import { Injectable } from '@nestjs/common';
import { accessBoard, boardDb } from '@cabinet/api/boards';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import { requestComplianceReview } from '@cabinet/api/outbox';
import type { CastVoteInput, MotionView, VoteChoice } from '@cabinet/shared/contracts';
import { findMeeting, isOrganizer } from '../access/meeting-access';
import { loadMeetingRoom, voterFacts } from '../attendance/meeting-room';
import { MotionBallot } from '../entities/motion-ballot.entity';
import { MotionVote } from '../entities/motion-vote.entity';
import { Motion } from '../entities/motion.entity';
import { assertOpen, assertQuorate, findMotion } from '../motions/find-motion';
import { loadConflicts } from '../motions/motion-views';
import { motionView } from '../motions/motion-view';
import { assertMeetingRunning } from '../rules/meeting-windows';
import { VOTE_BLOCK_MESSAGES, voteBlocker } from '../rules/voting-eligibility';

const COUNTER: Record<VoteChoice, 'votesFor' | 'votesAgainst' | 'votesAbstain'> = { for: 'votesFor', against: 'votesAgainst', abstain: 'votesAbstain' };

/**
 * One vote, once. On a roll call the vote is kept by name, and an organiser may record it for a
 * member. A secret ballot is cast by the member alone: the ballot row says only that they voted,
 * and the choice goes straight into the motion's counters. Nothing here is audited or logged:
 * the counters are the only trace of a secret choice.
 */
@Injectable()
export class CastVoteUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization, boardId: string, meetingId: string, motionId: string, input: CastVoteInput, now = new Date()): Promise<MotionView> {
    return this.db.transaction(boardDb(auth), async (m) => {
      const access = await accessBoard(m, auth, boardId);
      const meeting = await findMeeting(m, boardId, meetingId);
      // Locked: votes on one motion queue up, so counters and the one-vote rule hold.
      const motion = await findMotion(m, meetingId, motionId, true);
      assertOpen(motion);
      if (motion.method === 'count') throw DomainError.invalid('method', 'is count: the organiser enters the totals');
      const voterId = input.memberId ?? access.me?.id;
      if (!voterId) throw DomainError.invalid('memberId', 'is not on this board');
      if (voterId !== access.me?.id) {
        if (motion.method === 'secret') throw DomainError.invalid('memberId', 'must be yourself: each member casts their own secret ballot');
        if (!isOrganizer(access)) throw DomainError.invalid('memberId', 'must be yourself: only an organiser records a vote for someone else');
      }
      assertMeetingRunning(meeting, now);
      const room = await loadMeetingRoom(m, access.board, meeting);
      const conflicted = (await loadConflicts(m, [motion.agendaItemId])).get(motion.agendaItemId) ?? new Set<string>();
      const blocker = voteBlocker(voterFacts(room, voterId, conflicted));
      if (blocker) throw DomainError.invalid('memberId', VOTE_BLOCK_MESSAGES[blocker]);
      assertQuorate(room.quorum);
      const record = motion.method === 'secret' ? MotionBallot : MotionVote;
      if (await m.existsBy(record, { motionId, memberId: voterId })) throw DomainError.invalid('memberId', 'has already voted on this motion');
      const row = { motionId, memberId: voterId, organizationId: motion.organizationId, boardId };
      if (motion.method === 'secret') await m.insert(MotionBallot, row);
      else await m.insert(MotionVote, { ...row, choice: input.choice });
      await m.increment(Motion, { id: motionId }, COUNTER[input.choice], 1);
      // A roll-call vote is kept by name, and onboarding must come before it; a secret ballot says nothing about who.
      if (motion.method !== 'secret') await requestComplianceReview(m, access.board.organizationId, boardId);
      return motionView(m, access, meeting, motionId);
    });
  }
}
