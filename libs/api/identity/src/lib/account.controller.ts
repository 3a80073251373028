import { Body, Controller, Delete, Get, Header, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { DomainError } from '@cabinet/api/core';
import { type AccountExport, changeEmailSchema, changePasswordSchema, eraseAccountSchema, Permission, type SessionListItem } from '@cabinet/shared/contracts';
import type { AuthContext } from './auth/auth-context';
import { Auth, ClientIp, RequirePermission } from './auth/decorators';
import { ChangeEmailUseCase } from './change-email/change-email.use-case';
import { ChangePasswordUseCase } from './change-password/change-password.use-case';
import { EraseMyAccountUseCase } from './erase-my-account/erase-my-account.use-case';
import { ExportMyDataUseCase } from './export-my-data/export-my-data.use-case';
import { ListSessionsUseCase } from './list-sessions/list-sessions.use-case';
import { RevokeSessionUseCase } from './revoke-session/revoke-session.use-case';
import { clearSessionCookie } from './sessions/session-cookie';
import { OpenSession } from './sessions/open-session';

class ChangePasswordDto extends createZodDto(changePasswordSchema) {}
class ChangeEmailDto extends createZodDto(changeEmailSchema) {}
class EraseAccountDto extends createZodDto(eraseAccountSchema) {}

/** A path id that is not even a uuid names nothing here: the same 404 as someone else's id. */
const sessionId = new ParseUUIDPipe({ exceptionFactory: () => DomainError.notFound('This session') });

/** The signed-in person's own account, whatever their role. */
@ApiTags('account')
@Controller('account')
export class AccountController {
  constructor(
    private readonly changePassword: ChangePasswordUseCase,
    private readonly changeEmail: ChangeEmailUseCase,
    private readonly listSessions: ListSessionsUseCase,
    private readonly revokeSession: RevokeSessionUseCase,
    private readonly exportMyData: ExportMyDataUseCase,
    private readonly eraseMyAccount: EraseMyAccountUseCase,
    private readonly opener: OpenSession,
  ) {}

  @RequirePermission(Permission.AccountManage)
  @Post('password')
  @HttpCode(204)
  changePasswordRoute(@Auth() auth: AuthContext, @Body() body: ChangePasswordDto, @ClientIp() ip: string): Promise<void> {
    return this.changePassword.execute(auth, body, ip);
  }

  @RequirePermission(Permission.AccountManage)
  @Post('email')
  @HttpCode(202)
  async changeEmailRoute(@Auth() auth: AuthContext, @Body() body: ChangeEmailDto, @ClientIp() ip: string): Promise<{ status: 'check_email' }> {
    await this.changeEmail.execute(auth, body, ip);
    return { status: 'check_email' };
  }

  @RequirePermission(Permission.AccountManage)
  @Get('sessions')
  sessions(@Auth() auth: AuthContext): Promise<SessionListItem[]> {
    return this.listSessions.execute(auth);
  }

  @RequirePermission(Permission.AccountManage)
  @Delete('sessions/:id')
  @HttpCode(204)
  async revokeSessionRoute(@Auth() auth: AuthContext, @Param('id', sessionId) id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const { current } = await this.revokeSession.execute(auth, id);
    if (current) clearSessionCookie(reply, this.opener.secureCookies);
  }

  @RequirePermission(Permission.AccountManage)
  @Get('export')
  @Header('content-disposition', 'attachment; filename="cabinet-my-data.json"')
  @Header('cache-control', 'no-store')
  exportRoute(@Auth() auth: AuthContext): Promise<AccountExport> {
    return this.exportMyData.execute(auth);
  }

  @RequirePermission(Permission.AccountManage)
  @Post('erase')
  @HttpCode(204)
  async eraseRoute(@Auth() auth: AuthContext, @Body() body: EraseAccountDto, @ClientIp() ip: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.eraseMyAccount.execute(auth, body, ip);
    clearSessionCookie(reply, this.opener.secureCookies);
  }
}
