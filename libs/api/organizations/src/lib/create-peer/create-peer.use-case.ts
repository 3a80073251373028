import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { DomainError } from '@cabinet/api/core';
import { Db } from '@cabinet/api/database';
import { AppUser, Membership } from '@cabinet/api/identity';
import type { CreatedPeer, CreatePeerInput } from '@cabinet/shared/contracts';
import type { InOrganization } from '../members/member-rules';
import { newSetupCode } from '../members/setup-code';
import { isUniqueViolation } from '@cabinet/api/database';

const usernameTaken = () => new DomainError('This username is taken. Try another one.', [{ field: 'username', message: 'is taken' }], 409);

/**
 * Creates an account for a peer without email: a username, a display name and a one-time setup
 * code the manager hands over (on paper, in person) so the peer can choose their password.
 */
@Injectable()
export class CreatePeerUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, input: CreatePeerInput): Promise<CreatedPeer> {
    const { organizationId } = auth;
    const userId = randomUUID();
    const code = newSetupCode();
    // The sign-in identifier opens exactly the account with this username, wherever it belongs.
    return this.db.transaction({ organizationId, userId: auth.userId, signInIdentifier: input.username }, async (m) => {
      if (await m.existsBy(AppUser, { username: input.username })) throw usernameTaken();
      const creator = await m.findOneBy(AppUser, { id: auth.userId });
      try {
        await m.insert(AppUser, {
          id: userId,
          username: input.username,
          displayName: input.displayName,
          locale: creator?.locale ?? 'en',
          setupCodeHash: code.hash,
          setupCodeExpiresAt: code.expiresAt,
        });
      } catch (error) {
        if (isUniqueViolation(error, 'UQ_app_user_username')) throw usernameTaken();
        throw error;
      }
      await m.insert(Membership, { organizationId, userId, role: 'member' });
      await this.audit.record(m, {
        organizationId,
        actorUserId: auth.userId,
        requestId: auth.requestId,
        action: 'member.peer_created',
        entityType: 'user',
        entityId: userId,
        details: { role: 'member' },
      });
      return { userId, username: input.username, setupCode: code.display, expiresAt: code.expiresAt.toISOString() };
    });
  }
}
