import type { RuleParams } from '@cabinet/shared/contracts';
import type { Day } from '../facts/board-facts';
import { dayOf, windowsOf, within } from '../facts/calendar';
import type { EvidenceLink, RuleEvaluator } from '../facts/evaluation';
import { happenedBy, heldIn } from './in-period';

/**
 * At least `min` meetings are held in each calendar window (month, quarter, year or fiscal year) of
 * the period, windows cut to the period's ends. A meeting counts in the window holding its start
 * day when its status is "held" and it started by the as-of moment; cancelled meetings never count.
 *
 * Each window that has begun by the as-of day is judged: one whose last day is before the as-of
 * day is over, and fails with fewer than `min` held. One still running cannot fail yet: it is at
 * risk when the meetings held so far plus those still ahead in it (scheduled, or held later than
 * the as-of moment, which were still ahead then) stay below `min`, and it falls out of compliance
 * on the running window's last day (the last day a meeting can still be held in it). Windows not
 * begun yet are not judged: a board is not expected to schedule a year ahead.
 *
 * Measured: the fewest meetings held in any window that is over, or, before the first one ends,
 * the meetings held so far in the running one. Threshold: `min`.
 * not_enough_data: no window has begun by the as-of day (a period wholly in the future).
 * Evidence: every meeting counted ("held"), and the meetings still ahead in a running window
 * ("scheduled").
 */
export const evaluateMeetingsHeld: RuleEvaluator = (rule, facts, period) => {
  const { min, period: per } = rule.params as RuleParams<'meetings_held'>;
  const today = dayOf(facts.asOf);
  const evaluation = { ruleKey: rule.key, threshold: min, unit: 'count' as const };
  const windows = windowsOf(per, period).filter((window) => window.from <= today);
  if (windows.length === 0) return { ...evaluation, result: 'not_enough_data', measured: null, evidence: [] };

  const held = heldIn(facts, period);
  const evidence: EvidenceLink[] = held.map((meeting) => ({ type: 'meeting', id: meeting.id, note: 'held' }));
  const over: number[] = [];
  let running: { held: number; atRisk: boolean; lastDay: Day } | null = null;
  for (const window of windows) {
    const count = held.filter((meeting) => within(dayOf(meeting.startsAt), window)).length;
    if (window.to < today) {
      over.push(count);
      continue;
    }
    const ahead = facts.meetings.filter((meeting) => meeting.status !== 'cancelled' && !happenedBy(meeting.startsAt, facts.asOf) && within(dayOf(meeting.startsAt), window));
    evidence.push(...ahead.map((meeting): EvidenceLink => ({ type: 'meeting', id: meeting.id, note: 'scheduled' })));
    running = { held: count, atRisk: count + ahead.length < min, lastDay: window.to };
  }

  const measured = over.length > 0 ? Math.min(...over) : (running?.held ?? 0);
  if (over.some((count) => count < min)) return { ...evaluation, result: 'fail', measured, evidence };
  if (running?.atRisk) return { ...evaluation, result: 'at_risk', measured, evidence, fallsOn: running.lastDay };
  return { ...evaluation, result: 'pass', measured, evidence };
};
