import { In, IsNull, type EntityManager } from 'typeorm';
import { Organization } from '@cabinet/api/identity';
import { type BoardDetail, type BoardPartnerView, PENDING_STATUSES, SEATED_STATUSES } from '@cabinet/shared/contracts';
import type { BoardAccess } from '../access/board-access';
import { compositionMeter } from '../composition/meter';
import { BoardPartner } from '../entities/board-partner.entity';
import { CompositionTarget } from '../entities/composition-target.entity';
import { OnboardingStep } from '../entities/onboarding-step.entity';
import { SeatType } from '../entities/seat-type.entity';
import { termsServedByEach } from '../members/earlier-terms';
import { addDays, type IsoDate } from '../rules/dates';
import { mayServeAnotherTerm } from '../rules/terms';
import { loadMemberFacts, toRosterMember } from './roster';
import { toSeatTypeView, toSettingsView } from './board-settings.view';

/** The organisations behind a board: the host's name and each partner's (names only). */
export async function boardOwners(m: EntityManager, board: { id: string; organizationId: string }): Promise<{ hostName: string; partners: BoardPartnerView[] }> {
  const partners = await m.find(BoardPartner, { where: { boardId: board.id }, order: { createdAt: 'ASC' } });
  const orgs = await m.find(Organization, { where: { id: In([board.organizationId, ...partners.map((p) => p.partnerOrganizationId)]) } });
  const name = (id: string) => orgs.find((o) => o.id === id)?.name ?? '';
  return {
    hostName: name(board.organizationId),
    partners: partners.map((p) => ({ organizationId: p.partnerOrganizationId, name: name(p.partnerOrganizationId), since: p.createdAt.toISOString() })),
  };
}

/** The board page, cut to what this viewer may see. */
export async function loadBoardDetail(m: EntityManager, access: BoardAccess, today: IsoDate): Promise<BoardDetail> {
  const { board, canManage } = access;
  const myMemberId = access.me?.id ?? null;
  const seats = await m.find(SeatType, { where: { boardId: board.id }, order: { position: 'ASC', name: 'ASC' } });
  const targets = await m.find(CompositionTarget, { where: { boardId: board.id }, order: { position: 'ASC' } });
  const steps = await m.find(OnboardingStep, { where: { boardId: board.id, archivedAt: IsNull() }, order: { position: 'ASC' } });
  const owners = await boardOwners(m, board);
  const facts = await loadMemberFacts(m, board, [...SEATED_STATUSES, ...PENDING_STATUSES]);
  const seated = facts.filter((f) => SEATED_STATUSES.includes(f.member.status));
  const meter = compositionMeter(
    targets,
    facts.map((f) => ({
      id: f.member.id,
      displayName: f.member.displayName,
      status: f.member.status,
      seatTypeId: f.seat.id,
      seatVoting: f.seat.voting,
      tags: f.tags,
      inTerm: f.inTerm,
      termStartsOn: f.term?.startsOn ?? null,
      termEndsOn: f.servesUntil,
    })),
    { forManagers: canManage, today },
  );
  return {
    id: board.id,
    relation: access.relation,
    hostOrganizationName: owners.hostName,
    partners: owners.partners,
    settings: toSettingsView(board),
    seatTypes: seats.map((s) => toSeatTypeView(s, seated.filter((f) => f.member.status === 'active' && f.seat.id === s.id).length)),
    targets: targets.map((t) => ({ id: t.id, label: t.label, seatTypeId: t.seatTypeId, tag: t.tag, minPercent: t.minPercent })),
    onboardingSteps: steps.map((s) => ({ id: s.id, name: s.name, kind: s.kind, required: s.required })),
    roster: seated.map((f) => toRosterMember(f, { canManage, myMemberId })),
    meter,
    termsEnding: canManage ? await termsEnding(m, board, seated, today) : [],
    pending: canManage ? facts.length - seated.length : 0,
    // Seated and waiting alike hold their account (one membership per account), so neither can be linked again.
    linkedUserIds: canManage ? facts.flatMap((f) => (f.member.userId ? [f.member.userId] : [])) : [],
    canManage,
    myMemberId,
  };
}

async function termsEnding(m: EntityManager, board: BoardAccess['board'], seated: Awaited<ReturnType<typeof loadMemberFacts>>, today: IsoDate) {
  const horizon = addDays(today, 90);
  const ending = seated.filter((f) => f.servesUntil && f.servesUntil >= today && f.servesUntil <= horizon).sort((a, b) => a.servesUntil!.localeCompare(b.servesUntil!));
  if (!ending.length) return [];
  // Earlier memberships of the same person count, as the renew endpoint counts them.
  const served = await termsServedByEach(m, board.id, ending.map((f) => f.member));
  return ending.map((f) => ({
    memberId: f.member.id,
    displayName: f.member.displayName,
    endsOn: f.servesUntil!,
    mayRenew: mayServeAnotherTerm(served.get(f.member.id) ?? [], board, addDays(f.servesUntil!, 1)),
  }));
}
