import type { RuleParams } from '@cabinet/shared/contracts';
import type { Day, MemberFact, TermFact } from '../facts/board-facts';
import { daysBetween, evaluationDay } from '../facts/calendar';
import type { EvidenceLink, RuleEvaluator } from '../facts/evaluation';
import { seatedOn, termLastDay } from '../facts/members-on-day';

/**
 * No member serves more than `maxConsecutive` consecutive terms, judged on the evaluation day (the
 * period's last day, or the as-of day if earlier) for every member seated that day. Only terms
 * begun by that day count. A member's current run is their latest term and the terms before it
 * that follow each other with no gap over one day: at most one day lies between the previous term's
 * last day (its planned end, or its early end if recorded by then) and the next one's start. A term
 * ending 31 December followed by one starting 1 or 2 January follows on; one starting 3 January
 * begins a new run; an overlap follows on. Measured: the longest current run; it fails when that
 * exceeds `maxConsecutive`.
 *
 * not_enough_data: no seated member with a term begun by the day.
 * Evidence: every seated member with a term, "within_limit" or "over_limit".
 */
export const evaluateTermLimit: RuleEvaluator = (rule, facts, period) => {
  const { maxConsecutive } = rule.params as RuleParams<'term_limit'>;
  const day = evaluationDay(facts.asOf, period);
  const runs = facts.members.filter((member) => seatedOn(member, day)).map((member) => ({ member, run: currentRun(member, day) })).filter(({ run }) => run > 0);
  const evaluation = { ruleKey: rule.key, threshold: maxConsecutive, unit: 'count' as const };
  if (runs.length === 0) return { ...evaluation, result: 'not_enough_data', measured: null, evidence: [] };

  const evidence: EvidenceLink[] = runs.map(({ member, run }) => ({ type: 'member', id: member.id, note: run > maxConsecutive ? 'over_limit' : 'within_limit' }));
  const measured = Math.max(...runs.map(({ run }) => run));
  return { ...evaluation, result: measured > maxConsecutive ? 'fail' : 'pass', measured, evidence };
};

/** How many consecutive terms end with the member's latest term begun by `day` (0 without one). */
function currentRun(member: MemberFact, day: Day): number {
  const begun = member.terms.filter((term) => term.startsOn <= day).sort((a, b) => (a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : 0));
  if (begun.length === 0) return 0;
  let run = 1;
  for (let index = begun.length - 1; index > 0; index--) {
    const previous = begun[index - 1] as TermFact;
    const next = begun[index] as TermFact;
    // daysBetween is 1 for back-to-back terms, so 2 leaves a single uncovered day between them.
    if (daysBetween(termLastDay(previous, day), next.startsOn) > 2) break;
    run++;
  }
  return run;
}
