import { DomainError } from '@cabinet/api/core';
import { addDays, addMonths, type IsoDate, termEnd } from './dates';

export interface TermDates {
  startsOn: IsoDate;
  endsOn: IsoDate;
  endedOn: IsoDate | null;
}

export interface TermPolicy {
  termMonths: number;
  /** Consecutive terms allowed; null for no limit. */
  termLimit: number | null;
}

/** The day a term really finished: its early end when it was cut short, else its planned end. */
export const lastDay = (term: TermDates): IsoDate => term.endedOn ?? term.endsOn;

/** Whether one of the terms runs on `day`: it has begun and its last day has not passed. */
export function termCovers(terms: readonly TermDates[], day: IsoDate): boolean {
  return terms.some((term) => term.startsOn <= day && day <= lastDay(term));
}

/**
 * The last day served, when every term is over before `today`; null while a term runs or is still
 * to come (a renewal that starts after a gap keeps the member), and for someone with no term.
 */
export function termsOverOn(terms: readonly TermDates[], today: IsoDate): IsoDate | null {
  const last = terms.map(lastDay).sort().pop();
  return last !== undefined && last < today ? last : null;
}

/**
 * Terms served in a row, counting back from the latest. A break resets the count only when it
 * lasts at least one full term length: stepping down for a month does not dodge the limit.
 */
export function consecutiveTerms(terms: readonly TermDates[], policy: TermPolicy): number {
  const sorted = [...terms].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  let run = 0;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const term = sorted[i]!;
    const next = sorted[i + 1];
    if (next && next.startsOn >= addMonths(addDays(lastDay(term), 1), policy.termMonths)) break;
    run++;
  }
  return run;
}

/** Whether a further term in a row would stay within the board's limit. */
export function mayServeAnotherTerm(terms: readonly TermDates[], policy: TermPolicy, nextStartsOn: IsoDate): boolean {
  if (policy.termLimit === null) return true;
  return consecutiveTerms([...terms, { startsOn: nextStartsOn, endsOn: nextStartsOn, endedOn: null }], policy) <= policy.termLimit;
}

/**
 * Checks a new term against the member's earlier ones and the board's rules, and fills in the
 * default end (one term length). Refuses overlaps, terms longer than the board's term length and
 * terms beyond the consecutive-term limit, each with the field at fault.
 */
export function checkNewTerm(previous: readonly TermDates[], policy: TermPolicy, startsOn: IsoDate, endsOn?: IsoDate): { startsOn: IsoDate; endsOn: IsoDate } {
  const longest = termEnd(startsOn, policy.termMonths);
  const end = endsOn ?? longest;
  if (end < startsOn) throw DomainError.invalid('endsOn', `must be on or after the start of the term (${startsOn})`);
  if (end > longest) throw DomainError.invalid('endsOn', `is too late: a term on this board lasts at most ${policy.termMonths} months, so it must end by ${longest}`);
  const overlapping = previous.find((term) => term.startsOn <= end && lastDay(term) >= startsOn);
  if (overlapping) {
    throw DomainError.invalid('startsOn', `overlaps the term from ${overlapping.startsOn} to ${lastDay(overlapping)}: a new term must start after ${lastDay(overlapping)}`);
  }
  if (policy.termLimit !== null) {
    const run = consecutiveTerms([...previous, { startsOn, endsOn: end, endedOn: null }], policy);
    if (run > policy.termLimit) {
      throw DomainError.invalid('startsOn', `would be term ${run} in a row: this board allows at most ${policy.termLimit} consecutive terms, then a break of ${policy.termMonths} months`);
    }
  }
  return { startsOn, endsOn: end };
}

/** A membership cannot end before it began: the last day is on or after its start. */
export function checkEndDate(begunOn: IsoDate, endedOn: IsoDate): void {
  if (endedOn < begunOn) throw DomainError.invalid('endedOn', `cannot be before the membership began (${begunOn})`);
}
