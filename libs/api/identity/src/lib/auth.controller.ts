import { Body, Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { Permission, SessionView, signInSchema, signUpSchema, switchOrganizationSchema, verifyEmailSchema } from '@cabinet/shared/contracts';
import type { AuthContext } from './auth/auth-context';
import { AllowDuringTwoFactorSetup, Auth, Public, RequestId, RequirePermission } from './auth/decorators';
import type { AppUser } from './entities/app-user.entity';
import { GetSessionUseCase } from './get-session/get-session.use-case';
import { describeDevice } from './links';
import { clearSessionCookie, setSessionCookie } from './sessions/session-cookie';
import { OpenedSession, OpenSession } from './sessions/open-session';
import { SessionService } from './sessions/session.service';
import { SignInGuard } from './sign-in/sign-in.guard';
import { SignInUseCase } from './sign-in/sign-in.use-case';
import { SignOutUseCase } from './sign-out/sign-out.use-case';
import { SignUpUseCase } from './sign-up/sign-up.use-case';
import { SwitchOrganizationUseCase } from './switch-organization/switch-organization.use-case';
import { VerifyEmailUseCase } from './verify-email/verify-email.use-case';

class SignUpDto extends createZodDto(signUpSchema) {}
class SignInDto extends createZodDto(signInSchema) {}
class VerifyEmailDto extends createZodDto(verifyEmailSchema) {}
class SwitchOrganizationDto extends createZodDto(switchOrganizationSchema) {}

type Request = FastifyRequest & { user?: AppUser };

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly signUp: SignUpUseCase,
    private readonly verifyEmail: VerifyEmailUseCase,
    private readonly signIn: SignInUseCase,
    private readonly signOut: SignOutUseCase,
    private readonly getSession: GetSessionUseCase,
    private readonly switchOrganization: SwitchOrganizationUseCase,
    private readonly sessions: SessionService,
    private readonly opener: OpenSession,
  ) {}

  @Public()
  @Post('sign-up')
  @HttpCode(202)
  signUpRoute(@Body() body: SignUpDto, @RequestId() requestId: string): Promise<{ status: 'check_email' }> {
    return this.signUp.execute(body, requestId);
  }

  @Public()
  @Post('verify-email')
  @HttpCode(200)
  async verifyEmailRoute(@Body() body: VerifyEmailDto, @Req() req: Request, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionView> {
    return this.started(reply, await this.verifyEmail.execute(body.token, this.requestInfo(req)));
  }

  @Public()
  @UseGuards(SignInGuard)
  @Post('sign-in')
  @HttpCode(200)
  async signInRoute(@Body() _body: SignInDto, @Req() req: Request, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionView> {
    return this.started(reply, await this.signIn.execute(req.user!, this.requestInfo(req)));
  }

  @RequirePermission(Permission.AccountManage)
  @AllowDuringTwoFactorSetup()
  @Get('session')
  session(@Auth() auth: AuthContext): Promise<SessionView> {
    return this.getSession.execute(auth);
  }

  @RequirePermission(Permission.AccountManage)
  @AllowDuringTwoFactorSetup()
  @Post('keep-alive')
  @HttpCode(204)
  keepAlive(@Auth() auth: AuthContext): Promise<void> {
    return this.sessions.keepAlive(auth);
  }

  @RequirePermission(Permission.AccountManage)
  @Post('switch-organization')
  @HttpCode(200)
  switchOrganizationRoute(@Auth() auth: AuthContext, @Body() body: SwitchOrganizationDto): Promise<SessionView> {
    return this.switchOrganization.execute(auth, body.organizationId);
  }

  @RequirePermission(Permission.AccountManage)
  @AllowDuringTwoFactorSetup()
  @Post('sign-out')
  @HttpCode(204)
  async signOutRoute(@Auth() auth: AuthContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.signOut.execute(auth, false);
    clearSessionCookie(reply, this.opener.secureCookies);
  }

  @RequirePermission(Permission.AccountManage)
  @AllowDuringTwoFactorSetup()
  @Post('sign-out-everywhere')
  @HttpCode(204)
  async signOutEverywhereRoute(@Auth() auth: AuthContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.signOut.execute(auth, true);
    clearSessionCookie(reply, this.opener.secureCookies);
  }

  private started(reply: FastifyReply, opened: OpenedSession): SessionView {
    setSessionCookie(reply, opened.token, this.opener.secureCookies);
    return opened.view;
  }

  private requestInfo(req: Request) {
    return { requestId: String(req.id), device: describeDevice(req.headers['user-agent']) };
  }
}
