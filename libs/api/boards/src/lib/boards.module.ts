import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@cabinet/api/audit';
import { IdentityModule } from '@cabinet/api/identity';
import { AcceptPartnershipUseCase } from './accept-partnership/accept-partnership.use-case';
import { AddBoardMemberUseCase } from './add-board-member/add-board-member.use-case';
import { AddOnboardingStepUseCase } from './add-onboarding-step/add-onboarding-step.use-case';
import { AddSeatTypeUseCase } from './add-seat-type/add-seat-type.use-case';
import { ApplicationThrottle } from './apply-to-board/application-throttle';
import { ApplyToBoardUseCase } from './apply-to-board/apply-to-board.use-case';
import { BoardMembersController } from './board-members.controller';
import { BoardPartnersController } from './board-partners.controller';
import { BoardsController } from './boards.controller';
import { ChangeBoardMemberUseCase } from './change-board-member/change-board-member.use-case';
import { ChangeSeatTypeUseCase } from './change-seat-type/change-seat-type.use-case';
import { ConsentToTagUseCase } from './consent-to-tag/consent-to-tag.use-case';
import { CreateBoardUseCase } from './create-board/create-board.use-case';
import { DeclareConflictUseCase } from './declare-conflict/declare-conflict.use-case';
import { EndPartnershipUseCase } from './end-partnership/end-partnership.use-case';
import { BOARD_ENTITIES } from './entities';
import { GetBoardUseCase } from './get-board/get-board.use-case';
import { GetBoardMemberUseCase } from './get-board-member/get-board-member.use-case';
import { GetPublicBoardUseCase } from './get-public-board/get-public-board.use-case';
import { InvitePartnerUseCase } from './invite-partner/invite-partner.use-case';
import { ListApplicationsUseCase } from './list-applications/list-applications.use-case';
import { ListBoardsUseCase } from './list-boards/list-boards.use-case';
import { ListPartnersUseCase } from './list-partners/list-partners.use-case';
import { PreviewPartnershipUseCase } from './preview-partnership/preview-partnership.use-case';
import { PublicBoardsController } from './public-boards.controller';
import { RecordOnboardingStepUseCase } from './record-onboarding-step/record-onboarding-step.use-case';
import { MemberSeatedHooks } from './members/member-seated';
import { RemoveOnboardingStepUseCase } from './remove-onboarding-step/remove-onboarding-step.use-case';
import { RemoveSeatTypeUseCase } from './remove-seat-type/remove-seat-type.use-case';
import { RenewTermUseCase } from './renew-term/renew-term.use-case';
import { RevokePartnerInvitationUseCase } from './revoke-partner-invitation/revoke-partner-invitation.use-case';
import { SetCompositionTargetsUseCase } from './set-composition-targets/set-composition-targets.use-case';
import { TransitionBoardMemberUseCase } from './transition-board-member/transition-board-member.use-case';
import { UpdateBoardUseCase } from './update-board/update-board.use-case';
import { UpdateMyMembershipUseCase } from './update-my-membership/update-my-membership.use-case';
import { WithdrawTagConsentUseCase } from './withdraw-tag-consent/withdraw-tag-consent.use-case';

/** Boards, seats, members and partners: the HTTP side of the boards domain. */
@Module({
  imports: [TypeOrmModule.forFeature(BOARD_ENTITIES), IdentityModule, AuditModule],
  controllers: [BoardsController, BoardMembersController, BoardPartnersController, PublicBoardsController],
  providers: [
    ListBoardsUseCase,
    CreateBoardUseCase,
    GetBoardUseCase,
    UpdateBoardUseCase,
    AddSeatTypeUseCase,
    ChangeSeatTypeUseCase,
    RemoveSeatTypeUseCase,
    SetCompositionTargetsUseCase,
    AddOnboardingStepUseCase,
    RemoveOnboardingStepUseCase,
    ListPartnersUseCase,
    InvitePartnerUseCase,
    RevokePartnerInvitationUseCase,
    PreviewPartnershipUseCase,
    AcceptPartnershipUseCase,
    EndPartnershipUseCase,
    ListApplicationsUseCase,
    AddBoardMemberUseCase,
    GetBoardMemberUseCase,
    ChangeBoardMemberUseCase,
    TransitionBoardMemberUseCase,
    RenewTermUseCase,
    RecordOnboardingStepUseCase,
    DeclareConflictUseCase,
    ConsentToTagUseCase,
    WithdrawTagConsentUseCase,
    UpdateMyMembershipUseCase,
    GetPublicBoardUseCase,
    ApplyToBoardUseCase,
    ApplicationThrottle,
    MemberSeatedHooks,
  ],
  exports: [MemberSeatedHooks],
})
export class BoardsModule {}
