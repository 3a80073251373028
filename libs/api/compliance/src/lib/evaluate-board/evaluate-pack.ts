import type { PackRule } from '@cabinet/shared/contracts';
import type { BoardFacts } from '../facts/board-facts';
import type { EvaluationPeriod, RuleEvaluation } from '../facts/evaluation';
import { evaluateRule } from '../rules/evaluate-rule';

export interface PeriodEvaluation {
  period: EvaluationPeriod;
  rules: RuleEvaluation[];
}

/** Judges every rule of a pack version over each period, as of the facts' moment. */
export function evaluatePack(rules: readonly PackRule[], facts: BoardFacts, periods: readonly EvaluationPeriod[]): PeriodEvaluation[] {
  return periods.map((period) => ({ period, rules: rules.map((rule) => evaluateRule(rule, facts, period)) }));
}
