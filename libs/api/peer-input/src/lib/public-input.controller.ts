import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { DomainError } from '@cabinet/api/core';
import { ClientIp, Public } from '@cabinet/api/identity';
import { type ClaimView, claimSchema, publicInputSchema, type PublicInputChannelView, type PublicInputReceipt } from '@cabinet/shared/contracts';
import { PublicInputUseCases } from './public-input/public-input.use-cases';
import { ReadClaimUseCase } from './read-claim/read-claim.use-case';

class PublicInputDto extends createZodDto(publicInputSchema) {}
class ClaimDto extends createZodDto(claimSchema) {}

/** Anything but a link's shape (43 URL-safe characters) names no channel: the same 404 as a switched-off one. */
const tokenParam = { transform: (value: string): string => {
  if (!/^[A-Za-z0-9_-]{43}$/.test(value)) throw DomainError.notFound('This page');
  return value;
} };

/**
 * For people without an account: a board's public input form (also its kiosk), the link's QR code,
 * and reading an answer with a claim code (sent in the body, so it never sits in a URL or a log).
 */
@ApiTags('public input')
@Controller()
export class PublicInputController {
  constructor(
    private readonly publicInput: PublicInputUseCases,
    private readonly readClaim: ReadClaimUseCase,
  ) {}

  @Public()
  @Get('say/:token')
  view(@Param('token', tokenParam) token: string): Promise<PublicInputChannelView> {
    return this.publicInput.view(token);
  }

  @Public()
  @Get('say/:token/qr.svg')
  async qr(@Param('token', tokenParam) token: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const svg = await this.publicInput.qr(token);
    void reply.header('content-type', 'image/svg+xml').header('cache-control', 'private, no-store');
    return svg;
  }

  @Public()
  @Post('say/:token')
  @HttpCode(201)
  submit(@Param('token', tokenParam) token: string, @Body() body: PublicInputDto, @ClientIp() ip: string): Promise<PublicInputReceipt> {
    return this.publicInput.submit(token, body, ip);
  }

  @Public()
  @Post('claims')
  @HttpCode(200)
  claim(@Body() body: ClaimDto, @ClientIp() ip: string): Promise<ClaimView> {
    return this.readClaim.execute(body.code, ip);
  }
}
