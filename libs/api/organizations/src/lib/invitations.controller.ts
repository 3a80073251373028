import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { idParam } from '@cabinet/api/core';
import { createZodDto } from 'nestjs-zod';
import { Auth, type AuthContext, RequirePermission, inOrganization } from '@cabinet/api/identity';
import { type InvitationView, inviteSchema, Permission } from '@cabinet/shared/contracts';
import { InviteMemberUseCase } from './invite-member/invite-member.use-case';
import { ListInvitationsUseCase } from './list-invitations/list-invitations.use-case';
import { ResendInvitationUseCase } from './resend-invitation/resend-invitation.use-case';
import { RevokeInvitationUseCase } from './revoke-invitation/revoke-invitation.use-case';

class InviteDto extends createZodDto(inviteSchema) {}

const invitation = idParam('This invitation');

/** Invitations the active organisation sends by email. */
@ApiTags('invitations')
@Controller('organization/invitations')
export class InvitationsController {
  constructor(
    private readonly listInvitations: ListInvitationsUseCase,
    private readonly inviteMember: InviteMemberUseCase,
    private readonly resendInvitation: ResendInvitationUseCase,
    private readonly revokeInvitation: RevokeInvitationUseCase,
  ) {}

  @RequirePermission(Permission.InvitationsManage)
  @Get()
  invitations(@Auth() auth: AuthContext): Promise<InvitationView[]> {
    return this.listInvitations.execute(inOrganization(auth));
  }

  @RequirePermission(Permission.InvitationsManage)
  @Post()
  invite(@Auth() auth: AuthContext, @Body() body: InviteDto): Promise<InvitationView> {
    return this.inviteMember.execute(inOrganization(auth), body);
  }

  @RequirePermission(Permission.InvitationsManage)
  @Post(':id/resend')
  @HttpCode(204)
  resend(@Auth() auth: AuthContext, @Param('id', invitation) id: string): Promise<void> {
    return this.resendInvitation.execute(inOrganization(auth), id);
  }

  @RequirePermission(Permission.InvitationsManage)
  @Delete(':id')
  @HttpCode(204)
  revoke(@Auth() auth: AuthContext, @Param('id', invitation) id: string): Promise<void> {
    return this.revokeInvitation.execute(inOrganization(auth), id);
  }
}
