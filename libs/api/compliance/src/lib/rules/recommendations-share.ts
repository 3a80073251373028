import type { RuleParams } from '@cabinet/shared/contracts';
import { dayOf } from '../facts/calendar';
import type { EvidenceLink, RuleEvaluator } from '../facts/evaluation';
import { percentOf } from './composition-group';
import { happenedBy, sentIn } from './in-period';

/**
 * At least `minPercent` of the recommendations sent in the period were answered (a first real
 * answer recorded) or, `measure: 'implemented'`, reported implemented, by the as-of moment.
 *
 * The base is the recommendations sent in the period by the as-of moment, less those still
 * unanswered whose first answer is not due yet (due day on or after the as-of day, on the board's
 * own clock): the agency cannot be held to them yet, and a recommendation sent yesterday would
 * otherwise pull the share down. Once answered or due they count, declined ones included (for
 * "implemented" a declined recommendation counts as not implemented). The share is a percent cut to
 * one decimal (see percentOf); it meets the rule when >= minPercent.
 *
 * No at_risk: whether the agency will answer or implement cannot be foreseen.
 * not_enough_data: no recommendation in the base.
 * Evidence: every recommendation sent, "counted", "not_counted", or "not_due" (left out of the base).
 */
export const evaluateRecommendationsShare: RuleEvaluator = (rule, facts, period) => {
  const { measure, minPercent } = rule.params as RuleParams<'recommendations_share'>;
  const today = dayOf(facts.asOf);
  const evidence: EvidenceLink[] = sentIn(facts, period).map((recommendation) => {
    const answered = happenedBy(recommendation.firstAnsweredAt, facts.asOf);
    const counted = measure === 'answered' ? answered : happenedBy(recommendation.implementedAt, facts.asOf);
    const note = counted ? 'counted' : !answered && recommendation.firstDueOn >= today ? 'not_due' : 'not_counted';
    return { type: 'recommendation', id: recommendation.id, note };
  });
  const base = evidence.filter((link) => link.note !== 'not_due');
  const evaluation = { ruleKey: rule.key, threshold: minPercent, unit: 'percent' as const, evidence };
  if (base.length === 0) return { ...evaluation, result: 'not_enough_data', measured: null };

  const measured = percentOf(base.filter((link) => link.note === 'counted').length, base.length);
  return { ...evaluation, result: measured >= minPercent ? 'pass' : 'fail', measured };
};
