import { IsNull, type EntityManager } from 'typeorm';
import type { BoardMemberProfile } from '@cabinet/shared/contracts';
import type { BoardAccess } from '../access/board-access';
import { BoardMemberEvent } from '../entities/board-member-event.entity';
import { BoardTerm } from '../entities/board-term.entity';
import { ConflictDeclaration } from '../entities/conflict-declaration.entity';
import { OnboardingCompletion } from '../entities/onboarding-completion.entity';
import { OnboardingStep } from '../entities/onboarding-step.entity';
import { TagConsent } from '../entities/tag-consent.entity';
import { termsServed } from '../members/earlier-terms';
import { addDays, todayIso } from '../rules/dates';
import { consecutiveTerms, lastDay, mayServeAnotherTerm } from '../rules/terms';
import { loadMemberFacts, toRosterMember } from './roster';

/** One membership in full, for the board's managers and the person themselves. */
export async function loadMemberProfile(m: EntityManager, access: BoardAccess, memberId: string): Promise<BoardMemberProfile> {
  const { board } = access;
  const [facts] = await loadMemberFacts(m, board, ['applied', 'nominated', 'guest', 'active', 'on_leave', 'ended'], { only: [memberId] });
  const { member } = facts!;
  const events = await m.find(BoardMemberEvent, { where: { memberId, boardId: board.id }, order: { at: 'ASC' } });
  const terms = await m.find(BoardTerm, { where: { memberId, boardId: board.id }, order: { startsOn: 'ASC' } });
  const steps = await m.find(OnboardingStep, { where: { boardId: board.id, archivedAt: IsNull() }, order: { position: 'ASC' } });
  const completions = await m.find(OnboardingCompletion, { where: { memberId, boardId: board.id } });
  const tags = await m.find(TagConsent, { where: { memberId, boardId: board.id }, order: { consentedAt: 'ASC' } });
  const declarations = await m.find(ConflictDeclaration, { where: { memberId, boardId: board.id }, order: { declaredAt: 'DESC' } });
  // The term limit counts earlier memberships of the same person too, as the renew endpoint does.
  const served = await termsServed(m, member);
  const latest = served[served.length - 1];
  const nextStart = latest ? addDays(lastDay(latest), 1) : todayIso();
  return {
    ...toRosterMember(facts!, { canManage: access.canManage, myMemberId: access.me?.id ?? null }),
    // The person sees their own details even when they are not a manager.
    legalName: access.canManage || access.me?.id === memberId ? (member.legalName ?? facts!.account?.legalName ?? null) : null,
    email: access.canManage || access.me?.id === memberId ? (member.email ?? facts!.account?.email ?? null) : null,
    phone: access.canManage || access.me?.id === memberId ? member.phone : null,
    displayName: member.displayName,
    boardId: board.id,
    userId: member.userId,
    source: member.source,
    applicationNote: member.applicationNote,
    endReason: member.endReason,
    history: events.map((e) => ({ at: e.at.toISOString(), fromStatus: e.fromStatus, toStatus: e.toStatus, reason: e.reason })),
    terms: terms.map((t) => ({ id: t.id, startsOn: t.startsOn, endsOn: t.endsOn, endedOn: t.endedOn, endReason: t.endReason })),
    consecutiveTerms: consecutiveTerms(served, board),
    mayRenew: member.status !== 'ended' && mayServeAnotherTerm(served, board, nextStart),
    onboarding: steps.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      required: s.required,
      completedAt: completions.find((c) => c.stepId === s.id)?.completedAt.toISOString() ?? null,
    })),
    onboardingComplete: facts!.onboardingComplete,
    tags: tags.map((t) => ({ tag: t.tag, consentedAt: t.consentedAt.toISOString(), revokedAt: t.revokedAt?.toISOString() ?? null })),
    declarations: declarations.map((d) => ({ id: d.id, declaredAt: d.declaredAt.toISOString(), text: d.text })),
    createdAt: member.createdAt.toISOString(),
  };
}
