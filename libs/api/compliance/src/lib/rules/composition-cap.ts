import type { RuleParams } from '@cabinet/shared/contracts';
import { evaluationDay } from '../facts/calendar';
import type { EvidenceLink, RuleEvaluator } from '../facts/evaluation';
import { votingOn } from '../facts/members-on-day';
import { inGroup, percentOf } from './composition-group';

/**
 * At most `maxPercent` of the voting members belong to the group (e.g. state employees), judged on
 * the evaluation day (the period's last day, or the as-of day if earlier). Voting members are those
 * active in a voting seat that day; a member is in the group by seat kind, or by a tag they
 * consented to count that day. The share is a percent cut to one decimal (see percentOf), so a
 * "one third" cap written as 33.3 lets exactly one in three through; it fails when > maxPercent.
 *
 * not_enough_data: no voting members on the day.
 * Evidence: every voting member, "counted" (in the group) or "not_counted".
 */
export const evaluateCompositionCap: RuleEvaluator = (rule, facts, period) => {
  const { group, maxPercent } = rule.params as RuleParams<'composition_cap'>;
  const day = evaluationDay(facts.asOf, period);
  const voting = facts.members.filter((member) => votingOn(member, day));
  const evaluation = { ruleKey: rule.key, threshold: maxPercent, unit: 'percent' as const };
  if (voting.length === 0) return { ...evaluation, result: 'not_enough_data', measured: null, evidence: [] };

  const evidence: EvidenceLink[] = voting.map((member) => ({ type: 'member', id: member.id, note: inGroup(member, group, day) ? 'counted' : 'not_counted' }));
  const measured = percentOf(evidence.filter((link) => link.note === 'counted').length, voting.length);
  return { ...evaluation, result: measured > maxPercent ? 'fail' : 'pass', measured, evidence };
};
