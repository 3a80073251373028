import type { RuleParams, SeatKind } from '@cabinet/shared/contracts';
import { evaluationDay } from '../facts/calendar';
import type { EvidenceLink, RuleEvaluator } from '../facts/evaluation';
import { seatedOn, votingOn } from '../facts/members-on-day';

/**
 * Nobody in the named seat kinds (staff, ex officio, funder observer) holds a vote, judged on the
 * evaluation day (the period's last day, or the as-of day if earlier): it fails when any member in
 * one of those seats is active that day in a seat that carries a vote. Measured: how many such
 * members (threshold 0).
 *
 * not_enough_data: nobody seated on the board that day.
 * Evidence: every seated member in a named seat kind, "voting" or "not_voting".
 */
export const evaluateRolesNotVoting: RuleEvaluator = (rule, facts, period) => {
  const { seatKinds } = rule.params as RuleParams<'roles_not_voting'>;
  const barred: readonly SeatKind[] = seatKinds;
  const day = evaluationDay(facts.asOf, period);
  const seated = facts.members.filter((member) => seatedOn(member, day));
  const evaluation = { ruleKey: rule.key, threshold: 0, unit: 'members' as const };
  if (seated.length === 0) return { ...evaluation, result: 'not_enough_data', measured: null, evidence: [] };

  const evidence: EvidenceLink[] = seated
    .filter((member) => barred.includes(member.seatKind))
    .map((member) => ({ type: 'member', id: member.id, note: votingOn(member, day) ? 'voting' : 'not_voting' }));
  const measured = evidence.filter((link) => link.note === 'voting').length;
  return { ...evaluation, result: measured > 0 ? 'fail' : 'pass', measured, evidence };
};
