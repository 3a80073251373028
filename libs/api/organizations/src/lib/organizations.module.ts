import { Module } from '@nestjs/common';
import { IdentityModule, SignInThrottle } from '@cabinet/api/identity';
import { AcceptInvitationUseCase } from './accept-invitation/accept-invitation.use-case';
import { AuditController } from './audit.controller';
import { ChangeRoleUseCase } from './change-role/change-role.use-case';
import { CreatePeerUseCase } from './create-peer/create-peer.use-case';
import { DisableMemberUseCase } from './disable-member/disable-member.use-case';
import { EnableMemberUseCase } from './enable-member/enable-member.use-case';
import { InvitationLinksController } from './invitation-links.controller';
import { InvitationsController } from './invitations.controller';
import { InviteMemberUseCase } from './invite-member/invite-member.use-case';
import { IssueSetupCodeUseCase } from './issue-setup-code/issue-setup-code.use-case';
import { ListInvitationsUseCase } from './list-invitations/list-invitations.use-case';
import { ListMembersUseCase } from './list-members/list-members.use-case';
import { MembersController } from './members.controller';
import { PeerSetupController } from './peer-setup.controller';
import { PreviewInvitationUseCase } from './preview-invitation/preview-invitation.use-case';
import { RedeemSetupCodeUseCase } from './redeem-setup-code/redeem-setup-code.use-case';
import { ResendInvitationUseCase } from './resend-invitation/resend-invitation.use-case';
import { RevokeInvitationUseCase } from './revoke-invitation/revoke-invitation.use-case';
import { VerifyAuditTrailUseCase } from './verify-audit-trail/verify-audit-trail.use-case';

/** An organisation's people, invitations and audit trail, managed by its admins. */
@Module({
  imports: [IdentityModule],
  controllers: [AuditController, MembersController, InvitationsController, InvitationLinksController, PeerSetupController],
  providers: [
    // Stateless (its counts live in Redis), so this instance shares them with sign-in's.
    SignInThrottle,
    VerifyAuditTrailUseCase,
    ListMembersUseCase,
    ChangeRoleUseCase,
    DisableMemberUseCase,
    EnableMemberUseCase,
    CreatePeerUseCase,
    IssueSetupCodeUseCase,
    RedeemSetupCodeUseCase,
    ListInvitationsUseCase,
    InviteMemberUseCase,
    ResendInvitationUseCase,
    RevokeInvitationUseCase,
    PreviewInvitationUseCase,
    AcceptInvitationUseCase,
  ],
})
export class OrganizationsModule {}
