import type { PackRule, RuleResult } from '@cabinet/shared/contracts';
import type { BoardFacts, Day } from './board-facts';

/** The window a rule is judged over: calendar days, both ends included. */
export interface EvaluationPeriod {
  from: Day;
  to: Day;
}

/** A row the result rests on, for the drill-down: a meeting, a member, minutes, a recommendation. */
export interface EvidenceLink {
  type: 'meeting' | 'member' | 'minutes' | 'recommendation' | 'report';
  id: string;
  /** What this row shows, as a plain code the screens translate (e.g. "held", "late", "counted"). */
  note: string;
}

/**
 * One rule's verdict for one board and period: what was measured against what threshold (in the
 * rule's own unit: a percent, a count, days), the result, and the rows it rests on. `measured` is
 * null when there is not enough data to measure.
 */
export interface RuleEvaluation {
  ruleKey: string;
  result: RuleResult;
  measured: number | null;
  threshold: number;
  unit: 'percent' | 'count' | 'days' | 'members';
  evidence: EvidenceLink[];
  /**
   * Only when `result` is at_risk: the day the board falls out of compliance as things stand. Once
   * it is over the rule is no longer met, so it is also the last day to put things right: the
   * running window's last day, a deadline, the last day of a term whose end takes a share below
   * its threshold. Managers are warned once per day named ("action needed by 30 June"); a new day
   * (the next window, another deadline) is a new warning.
   */
  fallsOn?: Day;
}

/** Judges one rule of a pack against a board's facts over a period, as of `facts.asOf`. */
export type RuleEvaluator = (rule: PackRule, facts: BoardFacts, period: EvaluationPeriod) => RuleEvaluation;
