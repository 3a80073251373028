import type { RosterMember, SeatTypeView } from '@cabinet/shared/contracts';

/** One seat type with the people sitting in it, in the order the roster shows them. */
export interface RosterGroup {
  /** null for people whose seat type is not among the board's (removed meanwhile, or not visible). */
  seatType: SeatTypeView | null;
  members: RosterMember[];
}

const STATUS_ORDER: Readonly<Record<string, number>> = { active: 0, on_leave: 1, guest: 2 };
const ROLE_ORDER: Readonly<Record<string, number>> = { chair: 0, co_chair: 1, secretary: 2 };

/**
 * Groups the roster by seat type, in the board's order of seat types. Within a seat: office holders
 * first (chair, co-chairs, secretary), then active members, members on leave and guests, each by
 * name. Seat types nobody sits in stay, so managers see the empty seats; people in an unknown seat
 * type come last in a group of their own.
 */
export function groupRoster(seatTypes: readonly SeatTypeView[], roster: readonly RosterMember[]): RosterGroup[] {
  const known = new Set(seatTypes.map((seat) => seat.id));
  const groups: RosterGroup[] = seatTypes.map((seatType) => ({
    seatType,
    members: sortMembers(roster.filter((member) => member.seatTypeId === seatType.id)),
  }));
  const others = roster.filter((member) => !known.has(member.seatTypeId));
  if (others.length > 0) groups.push({ seatType: null, members: sortMembers(others) });
  return groups;
}

function sortMembers(members: RosterMember[]): RosterMember[] {
  return [...members].sort(
    (a, b) =>
      rank(ROLE_ORDER, a.boardRole) - rank(ROLE_ORDER, b.boardRole) ||
      rank(STATUS_ORDER, a.status) - rank(STATUS_ORDER, b.status) ||
      (a.displayName ?? '\uffff').localeCompare(b.displayName ?? '\uffff'),
  );
}

function rank(order: Readonly<Record<string, number>>, value: string | null): number {
  return value === null ? 99 : (order[value] ?? 98);
}
