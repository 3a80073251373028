import { Injectable } from '@nestjs/common';
import { AuditTrail } from '@cabinet/api/audit';
import { Db } from '@cabinet/api/database';
import type { OrganizationSettings, OrganizationSettingsInput } from '@cabinet/shared/contracts';
import type { InOrganization } from '../auth/active-organization';
import { Organization } from '../entities/organization.entity';

/**
 * Changes the active organisation's security settings. Requiring two-factor takes effect on the
 * next request of each person it applies to, who can then only set up their app until they do.
 */
@Injectable()
export class ChangeOrganizationSettingsUseCase {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditTrail,
  ) {}

  execute(auth: InOrganization, input: OrganizationSettingsInput): Promise<OrganizationSettings> {
    const { organizationId } = auth;
    return this.db.transaction({ organizationId, userId: auth.userId }, async (m) => {
      const organization = await m.findOneOrFail(Organization, { where: { id: organizationId }, lock: { mode: 'pessimistic_write' } });
      if (organization.requireTwoFactor !== input.requireTwoFactor) {
        await m.update(Organization, { id: organizationId }, { requireTwoFactor: input.requireTwoFactor });
        await this.audit.record(m, {
          organizationId,
          actorUserId: auth.userId,
          requestId: auth.requestId,
          action: 'organization.settings_changed',
          entityType: 'organization',
          entityId: organizationId,
          details: { requireTwoFactor: input.requireTwoFactor },
        });
      }
      return { requireTwoFactor: input.requireTwoFactor };
    });
  }
}
