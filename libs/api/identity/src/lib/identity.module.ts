import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@cabinet/api/audit';
import { AuthController } from './auth.controller';
import { PasswordHasher } from './auth/password-hasher';
import { SessionGuard } from './auth/session.guard';
import { SignInThrottle } from './auth/sign-in-throttle';
import { AppUser } from './entities/app-user.entity';
import { Invitation } from './entities/invitation.entity';
import { Membership } from './entities/membership.entity';
import { Organization } from './entities/organization.entity';
import { UserSession } from './entities/user-session.entity';
import { UserToken } from './entities/user-token.entity';
import { GetSessionUseCase } from './get-session/get-session.use-case';
import { OpenSession } from './sessions/open-session';
import { SessionService } from './sessions/session.service';
import { CheckCredentialsUseCase } from './sign-in/check-credentials.use-case';
import { LocalStrategy } from './sign-in/local.strategy';
import { SignInUseCase } from './sign-in/sign-in.use-case';
import { SignOutUseCase } from './sign-out/sign-out.use-case';
import { SignUpUseCase } from './sign-up/sign-up.use-case';
import { SwitchOrganizationUseCase } from './switch-organization/switch-organization.use-case';
import { VerifyEmailUseCase } from './verify-email/verify-email.use-case';

export const IDENTITY_ENTITIES = [Organization, AppUser, Membership, UserSession, Invitation, UserToken];

/** Accounts, sessions and the global deny-by-default guard. */
@Module({
  imports: [TypeOrmModule.forFeature(IDENTITY_ENTITIES), AuditModule, PassportModule],
  controllers: [AuthController],
  providers: [
    { provide: APP_GUARD, useClass: SessionGuard },
    PasswordHasher,
    SignInThrottle,
    SessionService,
    OpenSession,
    LocalStrategy,
    CheckCredentialsUseCase,
    SignUpUseCase,
    VerifyEmailUseCase,
    SignInUseCase,
    SignOutUseCase,
    GetSessionUseCase,
    SwitchOrganizationUseCase,
  ],
  exports: [TypeOrmModule, AuditModule, PasswordHasher, SessionService, OpenSession],
})
export class IdentityModule {}
