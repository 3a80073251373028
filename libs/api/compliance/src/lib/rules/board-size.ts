import type { RuleParams } from '@cabinet/shared/contracts';
import { evaluationDay } from '../facts/calendar';
import type { EvidenceLink, RuleEvaluator } from '../facts/evaluation';
import { seatedOn, votingOn } from '../facts/members-on-day';

/**
 * The number of voting members is within [min, max], both included, counted on the evaluation day
 * (the period's last day, or the as-of day if earlier): members active in a voting seat that day.
 * The threshold reported is the bound the count is judged against: `max` when above it, else `min`.
 *
 * not_enough_data: nobody seated on the board that day (a board whose members are not entered yet);
 * a board with seated members but no voting one measures 0 and fails.
 * Evidence: every seated member, "counted" (voting) or "not_counted" (guest, on leave, non-voting seat).
 */
export const evaluateBoardSize: RuleEvaluator = (rule, facts, period) => {
  const { min, max } = rule.params as RuleParams<'board_size'>;
  const day = evaluationDay(facts.asOf, period);
  const seated = facts.members.filter((member) => seatedOn(member, day));
  if (seated.length === 0) return { ruleKey: rule.key, result: 'not_enough_data', measured: null, threshold: min, unit: 'members', evidence: [] };

  const evidence: EvidenceLink[] = seated.map((member) => ({ type: 'member', id: member.id, note: votingOn(member, day) ? 'counted' : 'not_counted' }));
  const measured = evidence.filter((link) => link.note === 'counted').length;
  const threshold = measured > max ? max : min;
  return { ruleKey: rule.key, result: measured >= min && measured <= max ? 'pass' : 'fail', measured, threshold, unit: 'members', evidence };
};
