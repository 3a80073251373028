import { Body, Controller, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { ClientIp, OpenSession, Public } from '@cabinet/api/identity';
import { redeemSetupCodeSchema, type SessionView } from '@cabinet/shared/contracts';
import { RedeemSetupCodeUseCase } from './redeem-setup-code/redeem-setup-code.use-case';
import { requestInfo, started } from './request-info';

class RedeemSetupCodeDto extends createZodDto(redeemSetupCodeSchema) {}

/** A peer without email sets their password with the code their manager gave them. */
@ApiTags('auth')
@Controller('auth')
export class PeerSetupController {
  constructor(
    private readonly redeemSetupCode: RedeemSetupCodeUseCase,
    private readonly opener: OpenSession,
  ) {}

  @Public()
  @Post('setup-code')
  @HttpCode(200)
  async redeem(@Body() body: RedeemSetupCodeDto, @ClientIp() ip: string, @Req() req: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionView> {
    return started(reply, await this.redeemSetupCode.execute(body, ip, requestInfo(req)), this.opener.secureCookies);
  }
}
