import type { RecommendationStatus } from '@cabinet/shared/contracts';
import { AWAITING_RESPONSE } from './recommendation-lifecycle';

const DAY = 86_400_000;

/**
 * Due dates are calendar days (UTC: boards keep no time zone of their own; meetings do). An
 * answer due on a day is on time all that day.
 */
export function dayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayOf(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY));
}

/** Whole calendar days from one day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** The day the agency's answer is due, counted from the day the recommendation is sent (or reopened). */
export function responseDueOn(startedAt: Date, responseDays: number): string {
  return addDays(dayOf(startedAt), responseDays);
}

/** The calendar days the clock stood still while the agency waited for the board's answer. */
export function pausedDays(pausedAt: Date, resumedAt: Date): number {
  return Math.max(0, daysBetween(dayOf(pausedAt), dayOf(resumedAt)));
}

export interface DueState {
  awaitingResponse: boolean;
  overdue: boolean;
  dueInDays: number | null;
}

/** Whether the agency's answer is awaited now and how it stands against its due day (never while paused). */
export function dueState(recommendation: { status: RecommendationStatus; responseDueOn: string | null }, now: Date): DueState {
  const awaiting = AWAITING_RESPONSE.includes(recommendation.status) && !!recommendation.responseDueOn;
  if (!awaiting || !recommendation.responseDueOn) return { awaitingResponse: false, overdue: false, dueInDays: null };
  const dueInDays = daysBetween(dayOf(now), recommendation.responseDueOn);
  return { awaitingResponse: true, overdue: dueInDays < 0, dueInDays };
}

/** A milestone not done is overdue the day after its due day. */
export function milestoneOverdue(milestone: { dueOn: string; doneAt: Date | null }, now: Date): boolean {
  return !milestone.doneAt && daysBetween(dayOf(now), milestone.dueOn) < 0;
}
