import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { idParam, slugParam } from '@cabinet/api/core';
import { Public } from '@cabinet/api/identity';
import { matchLocale, type PublicMinutesSummary, type PublicMinutesView } from '@cabinet/shared/contracts';
import { PublicMinutesUseCase } from './public-minutes/public-minutes.use-case';

const meeting = idParam('These minutes');

/** Published minutes on a board's public page (public version only), for people without an account. */
@ApiTags('public minutes')
@Controller('public/boards/:slug/minutes')
export class PublicMinutesController {
  constructor(private readonly publicMinutes: PublicMinutesUseCase) {}

  @Public()
  @Get()
  list(@Param('slug', slugParam) slug: string): Promise<PublicMinutesSummary[]> {
    return this.publicMinutes.list(slug);
  }

  @Public()
  @Get(':meetingId')
  get(@Param('slug', slugParam) slug: string, @Param('meetingId', meeting) meetingId: string): Promise<PublicMinutesView> {
    return this.publicMinutes.get(slug, meetingId);
  }

  @Public()
  @Get(':meetingId/pdf')
  async pdf(
    @Param('slug', slugParam) slug: string,
    @Param('meetingId', meeting) meetingId: string,
    @Query('lang') lang: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const { filename, pdf } = await this.publicMinutes.pdf(slug, meetingId, matchLocale(lang));
    void reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="${filename}"`).header('cache-control', 'public, max-age=300');
    return pdf;
  }
}
