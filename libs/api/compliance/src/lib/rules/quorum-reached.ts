import type { RuleParams } from '@cabinet/shared/contracts';
import type { EvidenceLink, RuleEvaluator } from '../facts/evaluation';
import { percentOf } from './composition-group';
import { heldIn } from './in-period';

/**
 * At least `minPercent` of the meetings held in the period reached quorum. The base is the
 * meetings held in the period by the as-of moment whose quorum is known; a meeting held without
 * attendance recorded (quorum unknown) is left out of the share rather than counted either way,
 * and shown in the evidence so an auditor sees the gap. The share is a percent cut to one decimal
 * (see percentOf); it meets the rule when >= minPercent.
 *
 * No at_risk: whether future meetings reach quorum cannot be foreseen.
 * not_enough_data: no meeting held in the period with its quorum known.
 * Evidence: every meeting held, "quorum_reached", "no_quorum" or "not_recorded".
 */
export const evaluateQuorumReached: RuleEvaluator = (rule, facts, period) => {
  const { minPercent } = rule.params as RuleParams<'quorum_reached'>;
  const held = heldIn(facts, period);
  const evidence: EvidenceLink[] = held.map((meeting) => ({
    type: 'meeting',
    id: meeting.id,
    note: meeting.quorumReached === null ? 'not_recorded' : meeting.quorumReached ? 'quorum_reached' : 'no_quorum',
  }));
  const known = held.filter((meeting) => meeting.quorumReached !== null);
  const evaluation = { ruleKey: rule.key, threshold: minPercent, unit: 'percent' as const, evidence };
  if (known.length === 0) return { ...evaluation, result: 'not_enough_data', measured: null };

  const measured = percentOf(known.filter((meeting) => meeting.quorumReached).length, known.length);
  return { ...evaluation, result: measured >= minPercent ? 'pass' : 'fail', measured };
};
