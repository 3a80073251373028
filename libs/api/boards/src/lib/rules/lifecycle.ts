import { DomainError } from '@cabinet/api/core';
import { type BoardRole, MEMBER_TRANSITIONS, type MemberStatus, VOTING_BOARD_ROLES } from '@cabinet/shared/contracts';

const STATUS_WORDS: Record<MemberStatus, string> = {
  applied: 'an applicant',
  nominated: 'a nominee',
  guest: 'a guest',
  active: 'an active member',
  on_leave: 'on leave',
  ended: 'no longer on the board',
};

/** Refuses a status change the lifecycle does not allow, saying what is possible instead. */
export function assertTransition(from: MemberStatus, to: MemberStatus): void {
  const allowed = MEMBER_TRANSITIONS[from];
  if (allowed.includes(to)) return;
  const options = allowed.length ? `From here they can become: ${allowed.join(', ')}.` : 'An ended membership cannot change; add the person again instead.';
  throw DomainError.invalid('to', `is not possible: this person is ${STATUS_WORDS[from]}. ${options}`);
}

/** Chairs and co-chairs vote, so they need a voting seat; a secretary may sit in any seat. */
export function assertRoleFitsSeat(role: BoardRole | null, seatVoting: boolean): void {
  if (role && VOTING_BOARD_ROLES.includes(role) && !seatVoting) {
    throw DomainError.invalid('boardRole', `needs a voting seat: a ${role === 'chair' ? 'chair' : 'co-chair'} votes, and this seat type does not`);
  }
}

/** Board offices are held by people on the board, not by applicants or nominees. */
export function assertRoleFitsStatus(role: BoardRole | null, status: MemberStatus): void {
  if (role && !['guest', 'active', 'on_leave'].includes(status)) {
    throw DomainError.invalid('boardRole', 'can only be given to someone on the board (a guest or member)');
  }
}

export interface VotingFacts {
  status: MemberStatus;
  /** A term of office runs today: not before a first term begins, nor after the last one is over. */
  inTerm: boolean;
  seatVoting: boolean;
  onboardingGatesVoting: boolean;
  onboardingComplete: boolean;
}

/**
 * Active within a term, in a voting seat, and onboarded when the board requires it before voting.
 * The term counts on its own: someone added ahead of their start date, or whose last term ended
 * before the daily sweep recorded it, holds no office that day.
 */
export function canVote(facts: VotingFacts): boolean {
  return facts.status === 'active' && facts.inTerm && facts.seatVoting && (!facts.onboardingGatesVoting || facts.onboardingComplete);
}
