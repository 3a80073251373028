import { Injectable } from '@nestjs/common';
import { Db } from '@cabinet/api/database';
import type { InOrganization } from '@cabinet/api/identity';
import type { GrantView } from '@cabinet/shared/contracts';
import { Grant } from '../entities/grant.entity';
import { loadGrantViews } from '../views/grant-views';

/** A funder's grants, or the grants a service organisation answered: row-level security shows each side its own. */
@Injectable()
export class ListGrantsUseCase {
  constructor(private readonly db: Db) {}

  execute(auth: InOrganization): Promise<GrantView[]> {
    return this.db.transaction({ organizationId: auth.organizationId, userId: auth.userId }, async (m) => {
      const grants = await m.find(Grant, { order: { createdAt: 'DESC' } });
      return loadGrantViews(m, auth.organizationId, grants);
    });
  }
}
