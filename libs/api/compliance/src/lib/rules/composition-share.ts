import type { RuleParams } from '@cabinet/shared/contracts';
import type { Day, MemberFact } from '../facts/board-facts';
import { evaluationDay } from '../facts/calendar';
import type { EvidenceLink, RuleEvaluator } from '../facts/evaluation';
import { seatedOn, termLastDay, votingOn } from '../facts/members-on-day';
import { inGroup, percentOf } from './composition-group';

/**
 * At least `minPercent` of the board belongs to the group, judged on the evaluation day (the
 * period's last day, or the as-of day if earlier). The base is the members voting that day
 * (active, in a voting seat) or, `over: 'seated_members'`, everyone seated (guests and people on
 * leave too). A member is in the group by seat kind, or by a tag they consented to count that day.
 * The share is a percent cut to one decimal (see percentOf); it meets the rule when >= minPercent.
 *
 * at_risk: it meets the rule today, but members of the group whose current term ends before the
 * period's last day, with no later term recorded, would take it below the threshold once gone.
 * They are taken away in the order their terms end (those ending the same day together), and the
 * board falls out of compliance on the last day of the term whose end first takes the share below
 * the threshold: the last day the member still sits, and so the last day to renew or replace them.
 * not_enough_data: nobody in the base on the day.
 *
 * Evidence: every member in the base, "counted" (in the group), "not_counted", or "term_ending"
 * (in the group, leaving before the period ends).
 */
export const evaluateCompositionShare: RuleEvaluator = (rule, facts, period) => {
  const { group, minPercent, over } = rule.params as RuleParams<'composition_share'>;
  const day = evaluationDay(facts.asOf, period);
  const base = facts.members.filter((member) => (over === 'voting_members' ? votingOn(member, day) : seatedOn(member, day)));
  const evaluation = { ruleKey: rule.key, threshold: minPercent, unit: 'percent' as const };
  if (base.length === 0) return { ...evaluation, result: 'not_enough_data', measured: null, evidence: [] };

  const counted = new Set(base.filter((member) => inGroup(member, group, day)).map((member) => member.id));
  const leaving = new Map<string, Day>();
  for (const member of base) {
    const lastDay = counted.has(member.id) ? leavingDay(member, day, period.to) : null;
    if (lastDay !== null) leaving.set(member.id, lastDay);
  }
  const measured = percentOf(counted.size, base.length);
  const evidence: EvidenceLink[] = base.map((member) => ({
    type: 'member',
    id: member.id,
    note: leaving.has(member.id) ? 'term_ending' : counted.has(member.id) ? 'counted' : 'not_counted',
  }));
  if (measured < minPercent) return { ...evaluation, result: 'fail', measured, evidence };

  const fallsOn = firstDayBelow([...leaving.values()], counted.size, base.length, minPercent);
  if (fallsOn !== null) return { ...evaluation, result: 'at_risk', measured, evidence, fallsOn };
  return { ...evaluation, result: 'pass', measured, evidence };
};

/**
 * The last day of the term whose end first takes the share below `minPercent`, the members of the
 * group leaving on `lastDays`; null when the share holds once they are all gone. The share only
 * falls as members of the group leave, so the first day below is the one to name.
 */
function firstDayBelow(lastDays: Day[], counted: number, base: number, minPercent: number): Day | null {
  let gone = 0;
  for (const lastDay of [...new Set(lastDays)].sort()) {
    gone += lastDays.filter((one) => one === lastDay).length;
    // A board emptied by the departures has no share left: that is below any threshold above 0.
    const share = base === gone ? 0 : percentOf(counted - gone, base - gone);
    if (share < minPercent) return lastDay;
  }
  return null;
}

/**
 * The last day of the member's current term when it ends before `periodEnd` with no later term
 * recorded, else null. Terms are read as of `day`: an early end recorded after it has not happened yet.
 */
function leavingDay(member: MemberFact, day: Day, periodEnd: Day): Day | null {
  const current = member.terms.find((term) => term.startsOn <= day && day <= termLastDay(term, day));
  if (!current) return null;
  const hasLater = member.terms.some((term) => term.startsOn > current.startsOn);
  const lastDay = termLastDay(current, day);
  return !hasLater && lastDay < periodEnd ? lastDay : null;
}
