import type { EmailTemplateData } from '@cabinet/api/notifications';
import type { PackRule, RuleKind } from '@cabinet/shared/contracts';
import type { Day } from '../facts/board-facts';
import { daysBetween } from '../facts/calendar';
import type { EvaluationPeriod, RuleEvaluation } from '../facts/evaluation';

export type WarningReason = EmailTemplateData['compliance-warning']['reason'];

/**
 * A report due once a year is "at risk" from the year's first day until it is made public: a
 * warning months ahead would be noise, so it comes this many days before the due day. Other rules
 * warn as soon as they are at risk: each says something is missing now (a meeting to schedule,
 * minutes or an answer due within the week, a term about to end).
 */
export const REPORT_WARNING_DAYS = 45;

/** The rule kinds that can be at risk, and how the email names the cause. The others never warn. */
const REASONS: Partial<Record<RuleKind, WarningReason>> = {
  meetings_held: 'meetings',
  composition_share: 'composition',
  minutes_within: 'minutes',
  response_within: 'response',
  report_due: 'report',
  minutes_retention: 'retention',
};

/** One pack version's verdicts on one board over one reporting year, as evaluateBoards has them. */
export interface EvaluatedPeriod {
  boardId: string;
  organizationId: string;
  packVersionId: string;
  rules: readonly PackRule[];
  period: EvaluationPeriod;
  evaluations: readonly RuleEvaluation[];
}

/** A warning the board's managers are owed, unless it was sent before (the compliance_warning row). */
export interface DueWarning {
  boardId: string;
  organizationId: string;
  packVersionId: string;
  ruleKey: string;
  fallsOn: Day;
  reason: WarningReason;
}

/**
 * The at-risk verdicts worth a warning on `today`: those of the running reporting year, whose day
 * to act has not passed. A past year cannot be put right any more, and re-evaluating it (late
 * minutes for last December) must not warn about it.
 */
export function dueWarnings(evaluated: readonly EvaluatedPeriod[], today: Day): DueWarning[] {
  const due: DueWarning[] = [];
  for (const { boardId, organizationId, packVersionId, rules, period, evaluations } of evaluated) {
    if (today < period.from || period.to < today) continue;
    for (const evaluation of evaluations) {
      const kind = rules.find((rule) => rule.key === evaluation.ruleKey)?.kind;
      const reason = kind ? REASONS[kind] : undefined;
      const { fallsOn } = evaluation;
      if (evaluation.result !== 'at_risk' || !reason || fallsOn === undefined || fallsOn < today) continue;
      if (reason === 'report' && daysBetween(today, fallsOn) > REPORT_WARNING_DAYS) continue;
      due.push({ boardId, organizationId, packVersionId, ruleKey: evaluation.ruleKey, fallsOn, reason });
    }
  }
  return due;
}
