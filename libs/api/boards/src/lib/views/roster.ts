import { In, IsNull, type EntityManager } from 'typeorm';
import { AppUser } from '@cabinet/api/identity';
import type { CompositionTag, MemberStatus, RosterMember } from '@cabinet/shared/contracts';
import { BoardMember } from '../entities/board-member.entity';
import { BoardTerm } from '../entities/board-term.entity';
import { OnboardingCompletion } from '../entities/onboarding-completion.entity';
import { OnboardingStep } from '../entities/onboarding-step.entity';
import { SeatType } from '../entities/seat-type.entity';
import { TagConsent } from '../entities/tag-consent.entity';
import { type IsoDate, todayIso } from '../rules/dates';
import { canVote } from '../rules/lifecycle';
import { termCovers } from '../rules/terms';

/** One member with what the roster, the meter and the voting rule need, loaded in bulk. */
export interface MemberFacts {
  member: BoardMember;
  seat: SeatType;
  /** The term running today (or the next one, before it starts). */
  term: BoardTerm | null;
  /** The last day of the last open term: after a renewal, later than the current term's end. */
  servesUntil: string | null;
  /** A term runs today. An active member outside one (not begun yet, or over) neither votes nor counts in the meter. */
  inTerm: boolean;
  tags: Set<CompositionTag>;
  onboardingComplete: boolean;
  canVote: boolean;
  /** The linked account, when this organisation can see it (the host's own people). */
  account: AppUser | null;
}

/**
 * Loads a board's members in the given statuses with their seats, open terms, consented tags,
 * onboarding state and visible accounts: a fixed number of queries, whatever the board's size.
 * Terms are judged `on` a day: today (UTC) unless the caller knows better (a meeting's own day).
 */
export async function loadMemberFacts(
  m: EntityManager,
  board: { id: string; onboardingGatesVoting: boolean },
  statuses: readonly MemberStatus[],
  { only, on = todayIso() }: { only?: string[]; on?: IsoDate } = {},
): Promise<MemberFacts[]> {
  const members = await m.find(BoardMember, {
    where: { boardId: board.id, status: In([...statuses]), ...(only ? { id: In(only) } : {}) },
    order: { displayName: 'ASC', createdAt: 'ASC' },
  });
  if (!members.length) return [];
  const ids = members.map((x) => x.id);
  const userIds = members.map((x) => x.userId).filter((id): id is string => !!id);
  // One connection per transaction: the queries run one after another.
  const seats = await m.find(SeatType, { where: { boardId: board.id } });
  const terms = await m.find(BoardTerm, { where: { boardId: board.id, memberId: In(ids), endedOn: IsNull() } });
  const tags = await m.find(TagConsent, { where: { boardId: board.id, memberId: In(ids), revokedAt: IsNull() } });
  const steps = await m.find(OnboardingStep, { where: { boardId: board.id, required: true, archivedAt: IsNull() } });
  const completions = await m.find(OnboardingCompletion, { where: { boardId: board.id, memberId: In(ids) } });
  const accounts = userIds.length ? await m.find(AppUser, { where: { id: In(userIds) } }) : [];
  const seatById = new Map(seats.map((s) => [s.id, s]));
  const required = new Set(steps.map((s) => s.id));
  const today = on;
  return members.map((member) => {
    const seat = seatById.get(member.seatTypeId)!;
    const done = completions.filter((c) => c.memberId === member.id && required.has(c.stepId)).length;
    const onboardingComplete = done === required.size;
    const own = terms.filter((t) => t.memberId === member.id);
    const inTerm = termCovers(own, today);
    return {
      member,
      seat,
      ...currentTerm(own, today),
      inTerm,
      tags: new Set(tags.filter((t) => t.memberId === member.id).map((t) => t.tag)),
      onboardingComplete,
      canVote: canVote({ status: member.status, inTerm, seatVoting: seat.voting, onboardingGatesVoting: board.onboardingGatesVoting, onboardingComplete }),
      account: accounts.find((a) => a.id === member.userId && !a.erasedAt) ?? null,
    };
  });
}

/** Open terms of one member: a renewal can already be on record while the current term runs. */
function currentTerm(open: BoardTerm[], today: IsoDate): { term: BoardTerm | null; servesUntil: string | null } {
  const sorted = [...open].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const term = sorted.find((t) => t.startsOn <= today && today <= t.endsOn) ?? sorted.find((t) => t.startsOn > today) ?? sorted[sorted.length - 1] ?? null;
  return { term, servesUntil: sorted[sorted.length - 1]?.endsOn ?? null };
}

/**
 * A roster line cut to the viewer: pseudonyms for everyone, the role only for those who asked,
 * legal names and contact details for the board's managers alone.
 */
export function toRosterMember(facts: MemberFacts, viewer: { canManage: boolean; myMemberId: string | null }): RosterMember {
  const { member, term, account } = facts;
  const isMe = member.id === viewer.myMemberId;
  const full = viewer.canManage;
  return {
    id: member.id,
    displayName: member.listedByRoleOnly && !full && !isMe ? null : member.displayName,
    listedByRoleOnly: member.listedByRoleOnly,
    seatTypeId: member.seatTypeId,
    status: member.status,
    boardRole: member.boardRole,
    termStartsOn: term?.startsOn ?? null,
    termEndsOn: term?.endsOn ?? null,
    canVote: facts.canVote,
    isMe,
    legalName: full ? (member.legalName ?? account?.legalName ?? null) : null,
    email: full ? (member.email ?? account?.email ?? null) : null,
    phone: full ? member.phone : null,
    hasAccount: !!member.userId,
  };
}
