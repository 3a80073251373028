import type { EntityManager } from 'typeorm';
import { AppUser } from '../entities/app-user.entity';
import { Invitation } from '../entities/invitation.entity';
import { Membership } from '../entities/membership.entity';
import { UserSession } from '../entities/user-session.entity';
import { UserToken } from '../entities/user-token.entity';

export const ERASED_DISPLAY_NAME = 'Erased member';

/**
 * Erases a person but keeps their id: everything that names or reaches them goes (contact
 * details, legal name, credentials, memberships, sessions with their devices, pending links, the
 * names on board memberships),
 * while the id stays so audit entries, which hold only ids, still verify. The manager must act
 * as the person (app.user_id), whose rows the database then shows.
 */
export async function pseudonymiseAccount(manager: EntityManager, userId: string): Promise<void> {
  await manager.delete(Membership, { userId });
  await manager.delete(UserSession, { userId });
  await manager.delete(UserToken, { userId });
  await manager.update(AppUser, { id: userId }, {
    displayName: ERASED_DISPLAY_NAME,
    email: null,
    username: null,
    legalName: null,
    passwordHash: null,
    emailVerifiedAt: null,
    setupCodeHash: null,
    setupCodeExpiresAt: null,
    totpSecret: null,
    totpEnabledAt: null,
    erasedAt: new Date(),
  });
  // Board memberships keep their history (terms, votes to come) under the erased name, with no way
  // back to the person. Plain SQL: the boards domain builds on identity, not the other way round.
  await manager.query(
    `UPDATE board_member SET display_name = $2, legal_name = NULL, email = NULL, phone = NULL, application_note = NULL, listed_by_role_only = false, updated_at = now()
      WHERE user_id = $1`,
    [userId, ERASED_DISPLAY_NAME],
  );
}

/**
 * The organisation's invitations to the person's address (accepted or not), which would keep
 * showing it to managers after the erasure. The manager must carry that organisation's context.
 */
export async function forgetInvitationsTo(manager: EntityManager, organizationId: string, email: string | null): Promise<void> {
  if (email) await manager.delete(Invitation, { organizationId, email });
}
