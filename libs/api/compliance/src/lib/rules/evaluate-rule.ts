import type { PackRule, RuleKind } from '@cabinet/shared/contracts';
import type { BoardFacts } from '../facts/board-facts';
import type { EvaluationPeriod, RuleEvaluation, RuleEvaluator } from '../facts/evaluation';
import { evaluateAttendanceStanding } from './attendance-standing';
import { evaluateBoardSize } from './board-size';
import { evaluateCompositionCap } from './composition-cap';
import { evaluateCompositionShare } from './composition-share';
import { evaluateMeetingsHeld } from './meetings-held';
import { evaluateMinutesRetention } from './minutes-retention';
import { evaluateMinutesWithin } from './minutes-within';
import { evaluateOnboardingBeforeVoting } from './onboarding-before-voting';
import { evaluateQuorumReached } from './quorum-reached';
import { evaluateRecommendationsShare } from './recommendations-share';
import { evaluateReportDue } from './report-due';
import { evaluateResponseWithin } from './response-within';
import { evaluateRolesNotVoting } from './roles-not-voting';
import { evaluateTermLimit } from './term-limit';

/** One evaluator per rule kind (a kind without one is a compile error); each lives in its own file beside this one. */
const EVALUATORS: Record<RuleKind, RuleEvaluator> = {
  composition_share: evaluateCompositionShare,
  composition_cap: evaluateCompositionCap,
  board_size: evaluateBoardSize,
  roles_not_voting: evaluateRolesNotVoting,
  term_limit: evaluateTermLimit,
  attendance_standing: evaluateAttendanceStanding,
  onboarding_before_voting: evaluateOnboardingBeforeVoting,
  meetings_held: evaluateMeetingsHeld,
  quorum_reached: evaluateQuorumReached,
  minutes_within: evaluateMinutesWithin,
  minutes_retention: evaluateMinutesRetention,
  response_within: evaluateResponseWithin,
  recommendations_share: evaluateRecommendationsShare,
  report_due: evaluateReportDue,
};

/** Judges one rule against a board's facts over a period, as of the facts' moment. */
export function evaluateRule(rule: PackRule, facts: BoardFacts, period: EvaluationPeriod): RuleEvaluation {
  return EVALUATORS[rule.kind](rule, facts, period);
}
