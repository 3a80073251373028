import { Injectable } from '@nestjs/common';
import { Db } from '@cabinet/api/database';
import type { OrganizationSettings } from '@cabinet/shared/contracts';
import type { InOrganization } from '../auth/active-organization';
import { Organization } from '../entities/organization.entity';

/** The active organisation's security settings, for its settings page. */
@Injectable()
export class GetOrganizationSettingsUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization): Promise<OrganizationSettings> {
    return this.db.transaction({ organizationId: auth.organizationId, userId: auth.userId }, async (m) => {
      const organization = await m.findOneByOrFail(Organization, { id: auth.organizationId });
      return { requireTwoFactor: organization.requireTwoFactor };
    });
  }
}
