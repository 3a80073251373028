import { Body, Controller, Delete, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { DomainError, idParam } from '@cabinet/api/core';
import { Auth, type AuthContext, inOrganization, Public, RequirePermission } from '@cabinet/api/identity';
import { calendarFeedSchema, type CalendarFeedView, Permission } from '@cabinet/shared/contracts';
import { CalendarFeedsUseCases } from './calendar-feeds/calendar-feeds.use-cases';

class CalendarFeedDto extends createZodDto(calendarFeedSchema) {}

const feed = idParam('This calendar link');
/** Anything but a token's shape names no calendar: the same 404 as a revoked one. */
const tokenParam = { transform: (value: string): string => {
  if (!/^[A-Za-z0-9_-]{20,200}$/.test(value)) throw DomainError.notFound('This calendar');
  return value;
} };

/** Private calendar links, and the calendars they serve to calendar apps. */
@ApiTags('calendar feeds')
@Controller()
export class CalendarFeedsController {
  constructor(private readonly feeds: CalendarFeedsUseCases) {}

  @RequirePermission(Permission.BoardsRead)
  @Get('calendar-feeds')
  list(@Auth() auth: AuthContext): Promise<CalendarFeedView[]> {
    return this.feeds.list(inOrganization(auth));
  }

  @RequirePermission(Permission.BoardsRead)
  @Post('calendar-feeds')
  create(@Auth() auth: AuthContext, @Body() body: CalendarFeedDto): Promise<CalendarFeedView> {
    return this.feeds.create(inOrganization(auth), body);
  }

  @RequirePermission(Permission.BoardsRead)
  @Delete('calendar-feeds/:feedId')
  @HttpCode(204)
  revoke(@Auth() auth: AuthContext, @Param('feedId', feed) feedId: string): Promise<void> {
    return this.feeds.revoke(inOrganization(auth), feedId);
  }

  @Public()
  @Get('calendar/:token')
  async calendar(@Param('token', tokenParam) token: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const text = await this.feeds.read(token);
    void reply.header('content-type', 'text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300');
    return text;
  }
}
