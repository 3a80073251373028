import type { QuorumKind, QuorumView, VoteThreshold, VoteTotals } from '@cabinet/shared/contracts';

/**
 * Quorum under the board's rule: a majority means more than half of the members who can vote;
 * a fixed quorum is that many of them. Only voting members present or remote count.
 */
export function quorum(rule: { quorumKind: QuorumKind; quorumCount: number | null }, votingMembers: number, present: number): QuorumView {
  const needed = rule.quorumKind === 'fixed' ? (rule.quorumCount ?? 1) : Math.floor(votingMembers / 2) + 1;
  return { kind: rule.quorumKind, votingMembers, needed, present, quorate: present >= needed, missing: Math.max(0, needed - present) };
}

/**
 * A motion's result under the board's rule. Abstentions are not votes cast: they count towards
 * neither side, so a simple majority is more for than against, and two thirds is at least two
 * thirds of those who voted for or against (and at least one vote for).
 */
export function motionResult(threshold: VoteThreshold, totals: VoteTotals): 'carried' | 'failed' {
  const carried = threshold === 'two_thirds' ? totals.for > 0 && totals.for * 3 >= (totals.for + totals.against) * 2 : totals.for > totals.against;
  return carried ? 'carried' : 'failed';
}
