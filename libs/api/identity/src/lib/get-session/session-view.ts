import type { EntityManager } from 'typeorm';
import { SessionOrganization, SessionView } from '@cabinet/shared/contracts';
import { permissionsOf } from '../auth/ability';
import { AppUser } from '../entities/app-user.entity';
import { Membership } from '../entities/membership.entity';
import { UserSession } from '../entities/user-session.entity';
import { mustSetUpTwoFactor } from '../two-factor/two-factor-policy';

/**
 * The signed-in person's own view: their account and organisations. The manager must act as them.
 * A session read with its user (relations: { user: true }) saves the round trip for the account.
 */
export async function buildSessionView(manager: EntityManager, session: UserSession): Promise<SessionView> {
  const user = session.user ?? (await manager.findOneByOrFail(AppUser, { id: session.userId }));
  const memberships = await manager.find(Membership, {
    where: { userId: session.userId },
    relations: { organization: true },
    order: { createdAt: 'ASC' },
  });
  const organizations: SessionOrganization[] = memberships
    .filter((m) => !m.disabledAt && m.organization)
    .map((m) => ({ id: m.organizationId, name: m.organization!.name, kind: m.organization!.kind, role: m.role }));
  const active = organizations.find((o) => o.id === session.organizationId) ?? null;
  const activeMembership = memberships.find((m) => m.organizationId === active?.id);
  const twoFactorSetupRequired = !!activeMembership && mustSetUpTwoFactor(activeMembership.organization!, activeMembership.role, user.totpEnabledAt);
  return {
    user: {
      id: user.id,
      displayName: user.displayName,
      email: user.email,
      username: user.username,
      locale: user.locale,
      twoFactorEnabled: !!user.totpEnabledAt,
    },
    organizations,
    activeOrganization: active,
    permissions: [...permissionsOf(active?.role ?? null)],
    idleTimeoutSeconds: session.idleTimeoutSeconds,
    expiresAt: session.expiresAt.toISOString(),
    csrfToken: session.csrfToken,
    ...(twoFactorSetupRequired ? { twoFactorSetupRequired: true as const } : {}),
  };
}
