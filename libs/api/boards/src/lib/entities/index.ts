import { Board } from './board.entity';
import { BoardPartner } from './board-partner.entity';
import { BoardPartnerInvitation } from './board-partner-invitation.entity';
import { SeatType } from './seat-type.entity';
import { CompositionTarget } from './composition-target.entity';
import { OnboardingStep } from './onboarding-step.entity';
import { BoardMember } from './board-member.entity';
import { BoardTerm } from './board-term.entity';
import { BoardMemberEvent } from './board-member-event.entity';
import { OnboardingCompletion } from './onboarding-completion.entity';
import { ConflictDeclaration } from './conflict-declaration.entity';
import { TagConsent } from './tag-consent.entity';
import { BoardTermNotice } from './board-term-notice.entity';

export * from './board.entity';
export * from './board-partner.entity';
export * from './board-partner-invitation.entity';
export * from './seat-type.entity';
export * from './composition-target.entity';
export * from './onboarding-step.entity';
export * from './board-member.entity';
export * from './board-term.entity';
export * from './board-member-event.entity';
export * from './onboarding-completion.entity';
export * from './conflict-declaration.entity';
export * from './tag-consent.entity';
export * from './board-term-notice.entity';

/** Every entity of the boards domain, for TypeOrmModule.forFeature. */
export const BOARD_ENTITIES = [
  Board,
  BoardPartner,
  BoardPartnerInvitation,
  SeatType,
  CompositionTarget,
  OnboardingStep,
  BoardMember,
  BoardTerm,
  BoardMemberEvent,
  OnboardingCompletion,
  ConflictDeclaration,
  TagConsent,
  BoardTermNotice,
];
