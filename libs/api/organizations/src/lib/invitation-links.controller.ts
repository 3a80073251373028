import { Body, Controller, Get, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { ClientIp, OpenSession, Public } from '@cabinet/api/identity';
import { acceptInvitationSchema, type InvitationPreview, type SessionView } from '@cabinet/shared/contracts';
import { AcceptInvitationUseCase } from './accept-invitation/accept-invitation.use-case';
import { PreviewInvitationUseCase } from './preview-invitation/preview-invitation.use-case';
import { requestInfo, started } from './request-info';

class InvitationTokenQuery extends createZodDto(z.strictObject({ token: acceptInvitationSchema.shape.token })) {}
class AcceptInvitationDto extends createZodDto(acceptInvitationSchema) {}

/** The emailed invitation link: public, opened by the secret token it carries. */
@ApiTags('invitations')
@Controller('invitations')
export class InvitationLinksController {
  constructor(
    private readonly previewInvitation: PreviewInvitationUseCase,
    private readonly acceptInvitation: AcceptInvitationUseCase,
    private readonly opener: OpenSession,
  ) {}

  @Public()
  @Get('preview')
  preview(@Query() query: InvitationTokenQuery): Promise<InvitationPreview> {
    return this.previewInvitation.execute(query.token);
  }

  @Public()
  @Post('accept')
  @HttpCode(200)
  async accept(@Body() body: AcceptInvitationDto, @ClientIp() ip: string, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionView> {
    return started(reply, await this.acceptInvitation.execute(body, ip, requestInfo(req)), this.opener.secureCookies);
  }
}
