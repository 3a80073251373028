import { type CompositionMeterRow, type CompositionScenario, type CompositionShare, type CompositionTag, type MemberStatus, SMALL_COUNT_THRESHOLD } from '@cabinet/shared/contracts';
import { addDays, type IsoDate } from '../rules/dates';

export interface MeterTarget {
  id: string;
  label: string;
  seatTypeId: string | null;
  tag: CompositionTag | null;
  minPercent: number;
}

export interface MeterMember {
  id: string;
  displayName: string;
  status: MemberStatus;
  seatTypeId: string;
  seatVoting: boolean;
  /** Attributes with consent that stands today. */
  tags: ReadonlySet<CompositionTag>;
  /** A term runs today (see `MemberFacts.inTerm`). */
  inTerm: boolean;
  /** The start of the term running today, or of the next one. */
  termStartsOn: IsoDate | null;
  termEndsOn: IsoDate | null;
}

export interface MeterOptions {
  /** Managers see exact small counts and the what-if scenarios; everyone else sees neither. */
  forManagers: boolean;
  today: IsoDate;
  /** How far ahead a term end counts as "upcoming" for the scenarios. */
  horizonDays?: number;
}

const counts = (target: MeterTarget, member: MeterMember): boolean =>
  target.seatTypeId !== null ? member.seatTypeId === target.seatTypeId : member.tags.has(target.tag as CompositionTag);

/** Exact share: meets compares whole numbers (count/total ≥ min/100) so 51 % is never met by rounding. */
export function share(count: number, votingMembers: number, minPercent: number): CompositionShare {
  if (votingMembers === 0) return { count, votingMembers, percent: null, meets: null };
  return { count, votingMembers, percent: Math.round((count * 100) / votingMembers), meets: count * 100 >= minPercent * votingMembers };
}

/**
 * The composition meter: for each target, the share among active members in voting seats whose
 * term runs today, and (for managers) how each pending join, term yet to begin or upcoming term
 * end would move it. Attribute counts under
 * 5 are hidden from everyone but managers, so nobody can be singled out by a small number.
 */
export function compositionMeter(targets: readonly MeterTarget[], members: readonly MeterMember[], options: MeterOptions): CompositionMeterRow[] {
  const voting = members.filter((m) => m.status === 'active' && m.inTerm && m.seatVoting);
  const horizon = addDays(options.today, options.horizonDays ?? 90);
  // Someone made active ahead of their term counts from its first day: until then they are a dated join.
  const startsLater = (m: MeterMember) => m.status === 'active' && !m.inTerm && m.termStartsOn !== null && m.termStartsOn > options.today;
  const joining = members.filter((m) => m.seatVoting && (['applied', 'nominated', 'guest'].includes(m.status) || startsLater(m)));
  const leaving = voting.filter((m) => m.termEndsOn !== null && m.termEndsOn >= options.today && m.termEndsOn <= horizon);

  return targets.map((target) => {
    const count = voting.filter((m) => counts(target, m)).length;
    const current = share(count, voting.length, target.minPercent);
    const suppressed = !options.forManagers && target.tag !== null && count < SMALL_COUNT_THRESHOLD;
    const scenarios: CompositionScenario[] = !options.forManagers
      ? []
      : [
          ...joining.map((m) => ({
            memberId: m.id,
            displayName: m.displayName,
            change: 'joins' as const,
            onDate: startsLater(m) ? m.termStartsOn : null,
            ...share(count + (counts(target, m) ? 1 : 0), voting.length + 1, target.minPercent),
          })),
          ...leaving.map((m) => ({
            memberId: m.id,
            displayName: m.displayName,
            change: 'leaves' as const,
            onDate: m.termEndsOn,
            ...share(count - (counts(target, m) ? 1 : 0), voting.length - 1, target.minPercent),
          })),
        ];
    return {
      targetId: target.id,
      label: target.label,
      minPercent: target.minPercent,
      suppressed,
      scenarios,
      ...current,
      count: suppressed ? null : current.count,
      percent: suppressed ? null : current.percent,
      // Whether a small group meets a low target narrows its size down too: hidden with the count.
      meets: suppressed ? null : current.meets,
    };
  });
}
