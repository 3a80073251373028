import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@cabinet/api/audit';
import { AccountLinksController } from './account-links.controller';
import { AccountController } from './account.controller';
import { CurrentPassword } from './account/current-password';
import { AuthController } from './auth.controller';
import { ChangeEmailUseCase } from './change-email/change-email.use-case';
import { ChangeOrganizationSettingsUseCase } from './change-organization-settings/change-organization-settings.use-case';
import { ChangePasswordUseCase } from './change-password/change-password.use-case';
import { ConfirmEmailChangeUseCase } from './confirm-email-change/confirm-email-change.use-case';
import { EraseMemberUseCase } from './erase-member/erase-member.use-case';
import { EraseMyAccountUseCase } from './erase-my-account/erase-my-account.use-case';
import { ErasureController } from './erasure.controller';
import { ExportMyDataUseCase } from './export-my-data/export-my-data.use-case';
import { GetOrganizationSettingsUseCase } from './get-organization-settings/get-organization-settings.use-case';
import { ListSessionsUseCase } from './list-sessions/list-sessions.use-case';
import { OrganizationSettingsController } from './organization-settings.controller';
import { PasswordResetThrottle } from './request-password-reset/password-reset-throttle';
import { RequestPasswordResetUseCase } from './request-password-reset/request-password-reset.use-case';
import { ResetPasswordUseCase } from './reset-password/reset-password.use-case';
import { RevokeSessionUseCase } from './revoke-session/revoke-session.use-case';
import { TwoFactorController } from './two-factor.controller';
import { ConfirmTwoFactorUseCase } from './two-factor/confirm-two-factor.use-case';
import { DisableTwoFactorUseCase } from './two-factor/disable-two-factor.use-case';
import { SetUpTwoFactorUseCase } from './two-factor/set-up-two-factor.use-case';
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
  controllers: [AuthController, AccountLinksController, AccountController, TwoFactorController, ErasureController, OrganizationSettingsController],
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
    // Account self-service.
    CurrentPassword,
    PasswordResetThrottle,
    RequestPasswordResetUseCase,
    ResetPasswordUseCase,
    ChangePasswordUseCase,
    ChangeEmailUseCase,
    ConfirmEmailChangeUseCase,
    ListSessionsUseCase,
    RevokeSessionUseCase,
    ExportMyDataUseCase,
    EraseMyAccountUseCase,
    EraseMemberUseCase,
    SetUpTwoFactorUseCase,
    ConfirmTwoFactorUseCase,
    DisableTwoFactorUseCase,
    GetOrganizationSettingsUseCase,
    ChangeOrganizationSettingsUseCase,
  ],
  exports: [TypeOrmModule, AuditModule, PasswordHasher, SessionService, OpenSession],
})
export class IdentityModule {}
