import type { CompositionTag } from '@cabinet/shared/contracts';
import type { Day, MemberFact, StatusSpell, TermFact } from './board-facts';

/** The member's status on a day, or null when they were not on the board then. */
export function statusOn(member: MemberFact, day: Day): StatusSpell['status'] | null {
  const spell = member.spells.find((one) => one.from <= day && (one.until === null || day < one.until));
  return spell?.status ?? null;
}

/** A voting member on a day: active, in a seat that votes, within a term (as the board's own meter counts). */
export function votingOn(member: MemberFact, day: Day): boolean {
  return member.seatVoting && statusOn(member, day) === 'active' && inTermOn(member, day);
}

/** A term of the member's covers the day: before the first one begins, or after the last one ends, they do not vote. */
export function inTermOn(member: MemberFact, day: Day): boolean {
  return member.terms.some((term) => term.startsOn <= day && day <= termLastDay(term, day));
}

/** Seated on a day: a guest, active, or on leave. */
export function seatedOn(member: MemberFact, day: Day): boolean {
  const status = statusOn(member, day);
  return status === 'guest' || status === 'active' || status === 'on_leave';
}

/** Whether the member had attested (and consented to count) a tag on a day. */
export function taggedOn(member: MemberFact, tag: CompositionTag, day: Day): boolean {
  return member.tags.some((one) => one.tag === tag && one.from <= day && (one.until === null || day < one.until));
}

/** A term's last day as known on `day`: its planned end, or an early end already recorded by then. */
export function termLastDay(term: TermFact, day: Day): Day {
  return term.endedOn !== null && term.endedOn <= day && term.endedOn < term.endsOn ? term.endedOn : term.endsOn;
}
