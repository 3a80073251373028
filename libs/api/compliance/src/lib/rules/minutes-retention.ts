import { dayOf } from '../facts/calendar';
import type { EvidenceLink, RuleEvaluator } from '../facts/evaluation';
import { happenedBy, heldIn } from './in-period';

/**
 * Minutes are kept at least `years` years. Cabinet has no way to delete minutes (nor a meeting that
 * has minutes), so minutes once written are kept for good and `years` is met by construction; what
 * can still fail is a meeting with nothing to keep. The rule therefore checks that every meeting
 * held in the period (by the as-of moment) has minutes written by then, in any state (a draft
 * counts: whether minutes were approved or sent in time is the minutes_within rule's question).
 *
 * Measured: the number of meetings held in the period without minutes. Threshold: 0.
 * at_risk: while the period is still running (the as-of day is on or before its last day), missing
 * minutes may still be written, so the rule is at risk rather than failed; once the period is over
 * they fail it. The board falls out of compliance on the period's last day: minutes written by
 * then keep it met.
 * not_enough_data: no meeting held in the period.
 * Evidence: every meeting held, "kept" or "missing".
 */
export const evaluateMinutesRetention: RuleEvaluator = (rule, facts, period) => {
  // `years` needs no check of its own: nothing written is ever removed (see above).
  const held = heldIn(facts, period);
  const evaluation = { ruleKey: rule.key, threshold: 0, unit: 'count' as const };
  if (held.length === 0) return { ...evaluation, result: 'not_enough_data', measured: null, evidence: [] };

  const evidence: EvidenceLink[] = held.map((meeting) => ({ type: 'meeting', id: meeting.id, note: happenedBy(meeting.minutes?.createdAt ?? null, facts.asOf) ? 'kept' : 'missing' }));
  const measured = evidence.filter((link) => link.note === 'missing').length;
  if (measured === 0) return { ...evaluation, result: 'pass', measured, evidence };
  if (dayOf(facts.asOf) <= period.to) return { ...evaluation, result: 'at_risk', measured, evidence, fallsOn: period.to };
  return { ...evaluation, result: 'fail', measured, evidence };
};
