import type { PackRule, RuleKind } from '@cabinet/shared/contracts';

/**
 * The costly parts of a board's facts, which only some rules read. Evaluating a portfolio loads
 * only what its packs' rules read: the votes, attendance and minutes of years of meetings are most
 * of the rows, and a pack of composition and meeting-count rules needs none of them. A part left
 * out reads as nothing (no attendance and no quorum known, no votes, no onboarding day, no minutes,
 * no answer or report to a recommendation, no board report): only ever for rules that ignore it.
 * Meetings, members (seats, status history, terms, tags) and when recommendations were sent are
 * always loaded: they say when a board's history starts, which decides the reporting years.
 */
export interface FactNeeds {
  /** Who attended each meeting and whether it had its quorum (who could vote: onboarding included). */
  attendance: boolean;
  /** Each member's votes and the day they completed onboarding. */
  voting: boolean;
  minutes: boolean;
  /** The answers, reviews and implementation reports of recommendations. */
  answers: boolean;
  /** Board reports made public (the annual report). */
  reports: boolean;
}

export const ALL_FACTS: FactNeeds = { attendance: true, voting: true, minutes: true, answers: true, reports: true };

type Part = keyof FactNeeds;

/** What each kind of rule reads beyond what is always loaded (see the evaluators in rules/): a kind left out is a compile error. */
const NEEDS: Record<RuleKind, readonly Part[]> = {
  composition_share: [],
  composition_cap: [],
  board_size: [],
  roles_not_voting: [],
  term_limit: [],
  attendance_standing: ['attendance'],
  quorum_reached: ['attendance'],
  onboarding_before_voting: ['voting'],
  meetings_held: [],
  minutes_within: ['minutes'],
  minutes_retention: ['minutes'],
  response_within: ['answers'],
  recommendations_share: ['answers'],
  report_due: ['reports'],
};

/** The facts a set of rules reads. */
export function factsNeededBy(rules: readonly PackRule[]): FactNeeds {
  const needs: FactNeeds = { attendance: false, voting: false, minutes: false, answers: false, reports: false };
  for (const rule of rules) for (const part of NEEDS[rule.kind]) needs[part] = true;
  return needs;
}
