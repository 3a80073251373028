import type { CompositionGroup } from '@cabinet/shared/contracts';
import type { Day, MemberFact } from '../facts/board-facts';
import { taggedOn } from '../facts/members-on-day';

/** Whether a member belongs to a rule's group on a day: by seat kind, or by a tag they consented to count. */
export function inGroup(member: MemberFact, group: CompositionGroup, day: Day): boolean {
  return group.by === 'seat' ? group.seatKinds.includes(member.seatKind) : group.tags.some((tag) => taggedOn(member, tag, day));
}

/**
 * `part` as a percent of `whole`, cut (never rounded up) to one decimal: 1 of 3 is 33.3, 659 of 2000
 * is 32.9. Thresholds carry one decimal, so comparing this value gives the same verdict as comparing
 * the exact share, and the number on the screen always agrees with the result next to it.
 */
export function percentOf(part: number, whole: number): number {
  // Integer arithmetic first: 7 / 10 * 1000 is 699.999... in floating point, which would cut to 69.9.
  return Math.floor((part * 1000) / whole) / 10;
}
