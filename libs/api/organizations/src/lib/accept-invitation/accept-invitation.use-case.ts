import { randomUUID } from 'node:crypto';
import { HttpException, HttpStatus, Injectable, UnauthorizedException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { applyDbContext, Db } from '@cabinet/api/database';
import {
  AppUser,
  hashToken,
  Invitation,
  Membership,
  type OpenedSession,
  OpenSession,
  PasswordHasher,
  SignInThrottle,
} from '@cabinet/api/identity';
import { type AcceptInvitationInput, ErrorCode } from '@cabinet/shared/contracts';
import { usableOrExpired } from '../invitations/find-invitation';
import { isUniqueViolation } from '@cabinet/api/database';

export const WRONG_PASSWORD_FOR_INVITATION = 'This email address already has a Cabinet account, and that is not its password. Enter the password you sign in with.';

type Outcome = { kind: 'signed_in'; opened: OpenedSession } | { kind: 'needs_second_factor' };

/**
 * Joins the organisation from an invitation link (single use). A new person gets an account
 * whose email is confirmed by the link itself; someone who already has an account proves it
 * with their password and gains a membership. Either way they are signed in, in that organisation.
 */
@Injectable()
export class AcceptInvitationUseCase {
  constructor(
    private readonly db: Db,
    private readonly hasher: PasswordHasher,
    private readonly throttle: SignInThrottle,
    private readonly openSession: OpenSession,
    private readonly audit: AuditTrail,
  ) {}

  async execute(input: AcceptInvitationInput, ip: string, request: { requestId: string; device: string | null }): Promise<OpenedSession> {
    const invitationTokenHash = hashToken(input.token);
    const outcome = await this.db.transaction({ invitationTokenHash }, async (m): Promise<Outcome> => {
      const invitation = usableOrExpired(await m.findOne(Invitation, { where: { tokenHash: invitationTokenHash }, lock: { mode: 'pessimistic_write' } }));
      const { organizationId, email } = invitation;
      await applyDbContext(m, { invitationTokenHash, organizationId, signInIdentifier: email });

      const existing = await m.findOneBy(AppUser, { email });
      const userId = existing ? await this.provenAccount(existing, input.password, ip) : await this.createAccount(m, input, email);
      // The link reached this address, which confirms it (also for an account never confirmed).
      if (existing && !existing.emailVerifiedAt) await m.update(AppUser, { id: userId }, { emailVerifiedAt: new Date() });
      const already = await m.findOneBy(Membership, { organizationId, userId });
      if (!already) await m.insert(Membership, { organizationId, userId, role: invitation.role });
      await m.update(Invitation, { id: invitation.id }, { acceptedAt: new Date() });
      await this.audit.record(m, {
        organizationId,
        actorUserId: userId,
        requestId: request.requestId,
        action: 'member.joined',
        entityType: 'user',
        entityId: userId,
        details: { role: already?.role ?? invitation.role, newAccount: !existing },
      });
      if (existing) await this.throttle.succeeded(email);
      // The invitation must not become a way around someone's authenticator app.
      if (existing?.totpEnabledAt) return { kind: 'needs_second_factor' };
      return { kind: 'signed_in', opened: await this.openSession.open(m, userId, { ...request, preferredOrganizationId: organizationId }) };
    });
    if (outcome.kind === 'needs_second_factor') {
      throw new HttpException(
        { code: ErrorCode.Unauthenticated, message: 'You have joined the organisation. Your account uses an authenticator app: please sign in to continue.' },
        HttpStatus.UNAUTHORIZED,
      );
    }
    return outcome.opened;
  }

  /** Someone with an account proves it is theirs with its password (throttled like sign-in). */
  private async provenAccount(user: AppUser, password: string, ip: string): Promise<string> {
    await this.throttle.attempt(user.email!, ip);
    if (user.erasedAt || !(await this.hasher.verify(user.passwordHash, password))) throw new UnauthorizedException(WRONG_PASSWORD_FOR_INVITATION);
    return user.id;
  }

  private async createAccount(m: EntityManager, input: AcceptInvitationInput, email: string): Promise<string> {
    const id = randomUUID();
    const passwordHash = await this.hasher.hash(input.password);
    try {
      await m.insert(AppUser, { id, email, passwordHash, displayName: input.displayName, locale: input.locale, emailVerifiedAt: new Date() });
    } catch (error) {
      if (isUniqueViolation(error, 'UQ_app_user_email')) throw new DomainError('An account with this email address was just created. Open the link again.', undefined, 409);
      throw error;
    }
    return id;
  }
}
