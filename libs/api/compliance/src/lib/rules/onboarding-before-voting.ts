import { dayOf, within } from '../facts/calendar';
import type { EvidenceLink, RuleEvaluator } from '../facts/evaluation';

/**
 * Every vote is cast by someone who had completed the board's onboarding: it fails when any vote
 * in the period (by the motion's day, up to the as-of day) fell before the voter's onboarding day,
 * or the voter has none recorded by the as-of day. A vote on the onboarding day itself counts as
 * after it. Measured: how many votes came before onboarding (threshold 0).
 *
 * not_enough_data: no vote in the period up to the as-of day.
 * Evidence: every member who voted in the period, "onboarded" or "voted_before_onboarding".
 */
export const evaluateOnboardingBeforeVoting: RuleEvaluator = (rule, facts, period) => {
  const today = dayOf(facts.asOf);
  const evaluation = { ruleKey: rule.key, threshold: 0, unit: 'count' as const };
  const evidence: EvidenceLink[] = [];
  let early = 0;
  for (const member of facts.members) {
    const votes = member.votedOn.filter((day) => within(day, period) && day <= today);
    if (votes.length === 0) continue;
    // An onboarding day after the as-of day had not happened yet: as things stood, none was recorded.
    const onboardedOn = member.onboardedOn !== null && member.onboardedOn <= today ? member.onboardedOn : null;
    const before = votes.filter((day) => onboardedOn === null || day < onboardedOn).length;
    early += before;
    evidence.push({ type: 'member', id: member.id, note: before > 0 ? 'voted_before_onboarding' : 'onboarded' });
  }
  if (evidence.length === 0) return { ...evaluation, result: 'not_enough_data', measured: null, evidence };
  return { ...evaluation, result: early > 0 ? 'fail' : 'pass', measured: early, evidence };
};
