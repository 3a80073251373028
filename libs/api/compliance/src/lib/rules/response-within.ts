import type { RuleParams } from '@cabinet/shared/contracts';
import { addDays, dayOf } from '../facts/calendar';
import type { EvidenceLink, RuleEvaluator } from '../facts/evaluation';
import { earliestDueSoon, overdue, sentIn, standing } from './in-period';

/**
 * The agency gives its first real answer (accepted, partly accepted, declined; a question back to
 * the board is not one) to every recommendation sent in the period within `days` days: on or
 * before the sent UTC day + `days`. `days` is the funder's limit and stands on its own: the board's
 * own response setting, and the days its clock stood still while the agency waited on an answer to
 * a question, do not move it (a funder asking for 30 days means 30 days from sending). An answer
 * recorded after the as-of moment has not been given yet.
 *
 * Measured: the number of recommendations answered late or still unanswered past the limit. A
 * count rather than a share answered on time because the rule binds every recommendation: only 0
 * passes, and the count says how many. Threshold: 0. Unanswered ones not due yet are pending and
 * do not count either way.
 *
 * at_risk: none late, but an unanswered one reaches its limit within 7 days (DUE_SOON_DAYS). The
 * board falls out of compliance on the earliest such limit: the last day an answer is on time.
 * not_enough_data: no recommendation sent in the period.
 * Evidence: every recommendation sent, "on_time", "late", "missing", "due_soon" or "pending".
 */
export const evaluateResponseWithin: RuleEvaluator = (rule, facts, period) => {
  const { days } = rule.params as RuleParams<'response_within'>;
  const sent = sentIn(facts, period);
  const evaluation = { ruleKey: rule.key, threshold: 0, unit: 'count' as const };
  if (sent.length === 0) return { ...evaluation, result: 'not_enough_data', measured: null, evidence: [] };

  const judged = sent.map((recommendation) => {
    const deadline = addDays(dayOf(recommendation.sentAt), days);
    return { recommendation, deadline, standing: standing(recommendation.firstAnsweredAt, deadline, facts.asOf) };
  });
  const evidence: EvidenceLink[] = judged.map((one) => ({ type: 'recommendation', id: one.recommendation.id, note: one.standing }));
  const measured = judged.filter((one) => overdue(one.standing)).length;
  if (measured > 0) return { ...evaluation, result: 'fail', measured, evidence };
  const fallsOn = earliestDueSoon(judged);
  if (fallsOn !== null) return { ...evaluation, result: 'at_risk', measured, evidence, fallsOn };
  return { ...evaluation, result: 'pass', measured, evidence };
};
