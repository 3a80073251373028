import type { AttendanceStatus, MemberStatus, VoteBlock } from '@cabinet/shared/contracts';

export interface VoterFacts {
  status: MemberStatus;
  seatVoting: boolean;
  /** A term of theirs covers today: an active member votes only within a term. */
  inTerm: boolean;
  /** The board's rule (boards lib `canVote`: active, in a term, voting seat, onboarded when required), already applied. */
  canVote: boolean;
  attendance: AttendanceStatus | null;
  conflicted: boolean;
}

/** Why this member cannot vote on a motion, or null when they can: the board's rule first, then the item and the room. */
export function voteBlocker(facts: VoterFacts | undefined): VoteBlock | null {
  if (!facts) return 'not_on_board';
  if (!facts.canVote) {
    if (facts.status !== 'active') return 'not_active';
    if (!facts.seatVoting) return 'seat_not_voting';
    if (!facts.inTerm) return 'not_in_term';
    return 'onboarding';
  }
  if (facts.conflicted) return 'conflict';
  if (facts.attendance !== 'present' && facts.attendance !== 'remote') return 'not_attending';
  return null;
}

/** The 422 message for each reason, after the field name ("memberId cannot vote: ..."). */
export const VOTE_BLOCK_MESSAGES: Record<VoteBlock, string> = {
  not_on_board: 'is not on this board',
  not_active: 'cannot vote: only active members vote',
  seat_not_voting: 'cannot vote: their seat does not vote',
  not_in_term: 'cannot vote: their term has not begun or has ended',
  onboarding: 'cannot vote: this board asks members to finish onboarding before they vote',
  conflict: 'cannot vote: they declared a conflict of interest on this item',
  not_attending: 'cannot vote: they are not recorded as present or remote',
};
