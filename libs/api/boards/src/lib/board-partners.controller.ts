import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { idParam } from '@cabinet/api/core';
import { Auth, type AuthContext, inOrganization, RequirePermission } from '@cabinet/api/identity';
import {
  acceptPartnershipSchema,
  type BoardPartnerView,
  type BoardSummary,
  partnerInvitationSchema,
  type PartnerInvitationCreated,
  type PartnerInvitationView,
  type PartnershipPreview,
  Permission,
} from '@cabinet/shared/contracts';
import { AcceptPartnershipUseCase } from './accept-partnership/accept-partnership.use-case';
import { board } from './boards.controller';
import { EndPartnershipUseCase } from './end-partnership/end-partnership.use-case';
import { InvitePartnerUseCase } from './invite-partner/invite-partner.use-case';
import { ListPartnersUseCase } from './list-partners/list-partners.use-case';
import { PreviewPartnershipUseCase } from './preview-partnership/preview-partnership.use-case';
import { RevokePartnerInvitationUseCase } from './revoke-partner-invitation/revoke-partner-invitation.use-case';

class PartnerInvitationDto extends createZodDto(partnerInvitationSchema) {}
class AcceptPartnershipDto extends createZodDto(acceptPartnershipSchema) {}

const invitation = idParam('This partnership link');
const organization = idParam('This organisation');

/** Joint-venture boards: the host invites a partner organisation, whose manager accepts; either side may end it. */
@ApiTags('board partners')
@Controller()
export class BoardPartnersController {
  constructor(
    private readonly listPartners: ListPartnersUseCase,
    private readonly invitePartner: InvitePartnerUseCase,
    private readonly revokeInvitation: RevokePartnerInvitationUseCase,
    private readonly previewPartnership: PreviewPartnershipUseCase,
    private readonly acceptPartnership: AcceptPartnershipUseCase,
    private readonly endPartnership: EndPartnershipUseCase,
  ) {}

  @RequirePermission(Permission.BoardsManage)
  @Get('boards/:boardId/partners')
  partners(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string): Promise<{ partners: BoardPartnerView[]; invitations: PartnerInvitationView[] }> {
    return this.listPartners.execute(inOrganization(auth), boardId);
  }

  /** The host's managers end a partner's partnership; a partner's managers end their own (leave). */
  @RequirePermission(Permission.BoardsManage)
  @Delete('boards/:boardId/partners/:organizationId')
  @HttpCode(204)
  end(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('organizationId', organization) organizationId: string): Promise<void> {
    return this.endPartnership.execute(inOrganization(auth), boardId, organizationId);
  }

  @RequirePermission(Permission.BoardsManage)
  @Post('boards/:boardId/partner-invitations')
  invite(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Body() body: PartnerInvitationDto): Promise<PartnerInvitationCreated> {
    return this.invitePartner.execute(inOrganization(auth), boardId, body);
  }

  @RequirePermission(Permission.BoardsManage)
  @Delete('boards/:boardId/partner-invitations/:invitationId')
  @HttpCode(204)
  revoke(@Auth() auth: AuthContext, @Param('boardId', board) boardId: string, @Param('invitationId', invitation) invitationId: string): Promise<void> {
    return this.revokeInvitation.execute(inOrganization(auth), boardId, invitationId);
  }

  @RequirePermission(Permission.BoardsManage)
  @Get('board-partnerships/preview')
  preview(@Auth() auth: AuthContext, @Query() query: AcceptPartnershipDto): Promise<PartnershipPreview> {
    return this.previewPartnership.execute(inOrganization(auth), query.token);
  }

  @RequirePermission(Permission.BoardsManage)
  @Post('board-partnerships/accept')
  @HttpCode(200)
  accept(@Auth() auth: AuthContext, @Body() body: AcceptPartnershipDto): Promise<BoardSummary> {
    return this.acceptPartnership.execute(inOrganization(auth), body.token);
  }
}
