import type { RecommendationSummary } from '@cabinet/shared/contracts';
import type { MessageKey } from '@cabinet/web/shared/i18n';

export interface DueText {
  key: MessageKey;
  days: number;
  overdue: boolean;
}

/**
 * How long the agency has left to answer, in words: "3 days left", "Due today", "Overdue: 2 days
 * late". Null when no answer is awaited (a draft, or one already answered).
 */
export function dueText(summary: Pick<RecommendationSummary, 'awaitingResponse' | 'dueInDays' | 'overdue'>): DueText | null {
  const days = summary.dueInDays;
  if (!summary.awaitingResponse || days === null) return null;
  if (summary.overdue || days < 0) {
    const late = Math.max(1, Math.abs(days));
    return { key: late === 1 ? 'recommendations.due.overdueOne' : 'recommendations.due.overdueDays', days: late, overdue: true };
  }
  if (days === 0) return { key: 'recommendations.due.today', days, overdue: false };
  return { key: days === 1 ? 'recommendations.due.oneDay' : 'recommendations.due.days', days, overdue: false };
}
